import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ArrowRight, BookMarked, BookOpen, ChevronLeft, ChevronRight, Flag, ListTodo, MessageSquareText, Users } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import type { EducationOverview as Overview } from "@/lib/study/overview";
import { DetailCard } from "./detail-parts";

function StatCard({ icon, label, value, detail, href, testId, tone }: { icon: ReactNode; label: string; value: string; detail?: string; href: string; testId: string; tone?: "danger" }) {
  return (
    <Link href={href} className="group rounded-xl focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none" data-testid={testId}>
      <Card className={cn("h-full gap-2 py-4 transition-colors group-hover:border-primary/50 sm:gap-2 sm:py-5", tone === "danger" && "border-destructive/40")}>
        <CardContent className="grid gap-1">
          <p className="flex items-center gap-2 text-sm text-muted-foreground [&_svg]:size-4">
            {icon}
            {label}
          </p>
          <p className={cn("text-2xl font-semibold tabular-nums", tone === "danger" && "text-destructive")} data-testid={`${testId}-value`}>
            {value}
          </p>
          {detail ? <p className="text-xs text-muted-foreground">{detail}</p> : null}
        </CardContent>
      </Card>
    </Link>
  );
}

export async function EducationOverview({ data }: { data: Overview }) {
  const t = await getTranslations();
  const { year, study, checklist, orgLife, activities, books } = data;
  const range = `from=${year}-01-01&to=${year}-12-31`;
  return (
    <div className="grid gap-5">
      <PageHeader
        title={t("education.overview.title")}
        description={t("education.overview.description", { year })}
        actions={
          <nav className="flex items-center gap-1" aria-label={t("education.overview.year")}>
            <Link href={`/education?year=${year - 1}`} className={buttonVariants({ variant: "outline", size: "icon" })} aria-label={String(year - 1)}>
              <ChevronLeft aria-hidden />
            </Link>
            <span className="px-1 text-sm font-medium tabular-nums">{year}</span>
            <Link href={`/education?year=${year + 1}`} className={buttonVariants({ variant: "outline", size: "icon" })} aria-label={String(year + 1)}>
              <ChevronRight aria-hidden />
            </Link>
          </nav>
        }
      />
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        <StatCard
          testId="overview-sessions"
          icon={<BookOpen aria-hidden />}
          label={t("education.overview.centralGroupSessions")}
          value={t("education.overview.centralGroupSessionsValue", { count: study.partyGroupSessions })}
          detail={t("education.overview.allSessions", { count: study.allSessions })}
          href={`/education/study?level=PARTY_GROUP&${range}`}
        />
        <StatCard
          testId="overview-speeches"
          icon={<MessageSquareText aria-hidden />}
          label={t("education.overview.speeches")}
          value={t("education.overview.speechesValue", { count: study.speeches.speeches })}
          detail={t("education.overview.speechesDetail", {
            leadership: study.speeches.byTag.LEADERSHIP,
            unitHead: study.speeches.byTag.UNIT_HEAD,
            youth: study.speeches.byTag.YOUTH_REP,
          })}
          href={`/education/study?level=PARTY_GROUP&${range}`}
        />
        <StatCard
          testId="overview-checklist"
          icon={<ListTodo aria-hidden />}
          label={t("education.overview.checklist")}
          value={t("education.overview.checklistValue", { done: checklist.done, tasks: checklist.tasks })}
          detail={t("education.overview.checklistDetail", { forms: checklist.forms, overdue: checklist.overdue })}
          href={checklist.overdue ? `/education/checklist?year=${year}&status=OVERDUE` : `/education/checklist?year=${year}`}
          tone={checklist.overdue ? "danger" : undefined}
        />
        <StatCard
          testId="overview-org-life"
          icon={<Users aria-hidden />}
          label={t("education.overview.orgLife")}
          value={t("education.overview.orgLifeValue", { met: orgLife.met, due: orgLife.due })}
          detail={t("education.overview.orgLifeDetail", { missed: orgLife.missed, open: orgLife.open })}
          href={`/education/org-life/due?year=${year}`}
          tone={orgLife.missed ? "danger" : undefined}
        />
        <StatCard
          testId="overview-activities"
          icon={<Flag aria-hidden />}
          label={t("education.overview.activities")}
          value={t("education.overview.activitiesValue", { count: activities.activities })}
          detail={t("education.overview.activitiesDetail", { vehicles: activities.vehicles, entries: activities.entries })}
          href={`/education/activities?${range}`}
        />
        <StatCard
          testId="overview-books"
          icon={<BookMarked aria-hidden />}
          label={t("education.overview.books")}
          value={t("education.overview.booksValue", { copies: books.copies })}
          detail={t("education.overview.booksDetail", { count: books.distributions })}
          href={`/education/checklist/books?${range}`}
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <DetailCard title={t("education.overview.kindsTitle")}>
          {study.byKind.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("education.noneYet")}</p>
          ) : (
            <ul className="grid gap-1 text-sm" data-testid="overview-kinds">
              {study.byKind.map((row) => (
                <li key={`${row.level}-${row.kind}`} className="flex justify-between gap-3">
                  <Link href={`/education/study?level=${row.level}&kind=${row.kind}&${range}`} className="hover:underline">
                    {t(`study.kinds.${row.kind}`)}
                    <span className="ml-1 text-xs text-muted-foreground">（{t(`study.levels.${row.level}`)}）</span>
                  </Link>
                  <span className="tabular-nums">{t("education.countUnit", { count: row.sessions })}</span>
                </li>
              ))}
            </ul>
          )}
        </DetailCard>
        <DetailCard title={t("orgLife.title")}>
          {orgLife.meetings.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("education.noneYet")}</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {orgLife.meetings.map((row) => (
                <li key={row.kind} className="flex justify-between gap-3">
                  <Link href={`/education/org-life?kind=${row.kind}&${range}`} className="hover:underline">
                    {t(`orgLife.kinds.${row.kind}`)}
                  </Link>
                  <span className="tabular-nums">
                    {t("education.countUnit", { count: row.meetings })}
                    {row.kind === "COMMITTEE_MEETING" && row.studiedBusiness ? `（${t("orgLife.studiedBusiness")} ${row.studiedBusiness}）` : ""}
                  </span>
                </li>
              ))}
              {orgLife.lectures.map((row) => (
                <li key={row.lecturerType} className="flex justify-between gap-3 pl-4 text-muted-foreground">
                  <span>{t(`orgLife.lecturerTypes.${row.lecturerType}`)}</span>
                  <span className="tabular-nums">{t("education.countUnit", { count: row.lectures })}</span>
                </li>
              ))}
            </ul>
          )}
        </DetailCard>
        <DetailCard
          title={t("education.overview.missedByBranch")}
          action={
            <Link href={`/education/org-life/due?year=${year}`} className="inline-flex items-center gap-1 text-sm text-primary hover:underline">
              {t("education.overview.open")}
              <ArrowRight aria-hidden className="size-3.5" />
            </Link>
          }
        >
          {orgLife.missedByBranch.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("education.overview.noMissed")}</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {orgLife.missedByBranch.map((row) => (
                <li key={row.branchId} className="flex justify-between gap-3">
                  <Link href={`/education/org-life/due?year=${year}&branch=${row.branchId}`} className="hover:underline">
                    {row.branchName}
                  </Link>
                  <span className="font-medium text-destructive tabular-nums">{t("education.countUnit", { count: row.missed })}</span>
                </li>
              ))}
            </ul>
          )}
        </DetailCard>
      </div>
    </div>
  );
}
