import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import type { loadIntegrityOverview, OverviewQuery } from "@/lib/integrity/pages";
import { CULTURE_FORMS, INTEGRITY_KINDS, LETTER_LEVELS, SUPERVISION_KINDS, TALK_TYPES, WARNING_FORMS } from "@/lib/integrity/schema";
import { CountList } from "./count-list";
import { IntegrityNav } from "./integrity-nav";
import { OverviewFilter } from "./overview-filter";

interface IntegrityOverviewProps {
  user: CurrentUser;
  query: OverviewQuery;
  currentYear: number;
  data: Awaited<ReturnType<typeof loadIntegrityOverview>>;
}

export async function IntegrityOverview({ user, query, currentYear, data }: IntegrityOverviewProps) {
  const t = await getTranslations("integrity");
  const { year, branch } = query;
  // Every figure links to the records it counts: the same year, branch and kind.
  const listHref = (path: string, params: Record<string, string>) =>
    `${path}?${new URLSearchParams({ ...params, from: `${year}-01-01`, to: `${year}-12-31`, ...(branch ? { branch } : {}) })}`;
  const activitiesHref = (kind: string) => listHref("/integrity/activities", { kind });
  const { points } = data;

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(user.role, "records.write") ? (
            <Button asChild>
              <Link href="/integrity/activities/new">
                <Plus aria-hidden />
                {t("activities.new")}
              </Link>
            </Button>
          ) : null
        }
      />
      <IntegrityNav current="overview" />
      <div className="grid gap-2">
        <OverviewFilter year={year} currentYear={currentYear} branch={branch} branches={data.branches} />
        <p className="text-xs text-muted-foreground">{t("countsNote")}</p>
      </div>

      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle>{t("overview.activities")}</CardTitle>
          </CardHeader>
          <CardContent>
            <CountList
              items={INTEGRITY_KINDS.map((kind) => ({ label: t(`kinds.${kind}`), count: data.byKind[kind], href: activitiesHref(kind), testId: `integrity-count-${kind}` }))}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>{t("overview.checks")}</CardTitle>
            <CardDescription>
              {t("overview.projectAndSite")}{" "}
              <strong className="text-foreground tabular-nums" data-testid="project-and-site-count">
                {t("times", { count: data.projectAndSite.count })}
              </strong>
              <span className="block text-xs">
                {t("overview.countedKinds", { kinds: data.projectAndSite.kinds.map((kind) => t(`checkKinds.${kind}`)).join("、") })}
              </span>
            </CardDescription>
          </CardHeader>
          <CardContent>
            <CountList
              items={SUPERVISION_KINDS.map((kind) => ({ label: t(`checkKinds.${kind}`), count: data.checks[kind], href: listHref("/integrity/checks", { kind }) }))}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>{t("overview.talks")}</CardTitle>
          </CardHeader>
          <CardContent>
            <CountList items={TALK_TYPES.map((type) => ({ label: t(`talkTypes.${type}`), count: data.talks[type], href: activitiesHref("TALK") }))} />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>{t("overview.letters")}</CardTitle>
            <CardDescription data-testid="letters-line">{t("overview.lettersLine", { rounds: data.letters.rounds, letters: data.letters.letters })}</CardDescription>
          </CardHeader>
          <CardContent>
            <CountList
              items={LETTER_LEVELS.map((level) => ({
                label: t(`letterLevels.${level}`),
                count: data.letters.byLevel[level].rounds,
                extra: t("letters", { count: data.letters.byLevel[level].letters }),
                href: activitiesHref("RESPONSIBILITY_LETTER"),
              }))}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>{t("overview.warning")}</CardTitle>
            <CardDescription data-testid="warning-line">{t("overview.warningLine", { activities: data.warning.activities, people: data.warning.peopleReached })}</CardDescription>
          </CardHeader>
          <CardContent>
            <CountList
              items={WARNING_FORMS.map((form) => ({
                label: t(`warningForms.${form}`),
                count: data.warning.byForm[form].activities,
                extra: t("people", { count: data.warning.byForm[form].peopleReached }),
                href: activitiesHref("WARNING_EDUCATION"),
              }))}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>{t("overview.culture")}</CardTitle>
          </CardHeader>
          <CardContent>
            <CountList items={CULTURE_FORMS.map((form) => ({ label: t(`cultureForms.${form}`), count: data.culture[form], href: activitiesHref("CULTURE") }))} />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>{t("overview.disciplinePoints")}</CardTitle>
            <CardDescription>
              {points.total ? t("overview.disciplineProgress", { done: points.done, total: points.total, inProgress: points.inProgress }) : t("overview.disciplineEmpty")}
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-3">
            {points.total ? (
              <div
                role="progressbar"
                aria-label={t("overview.disciplinePoints")}
                aria-valuemin={0}
                aria-valuemax={points.total}
                aria-valuenow={points.done}
                className="h-2 overflow-hidden rounded-full bg-muted"
              >
                <div className="h-full rounded-full bg-primary" style={{ width: `${Math.round((points.done / points.total) * 100)}%` }} />
              </div>
            ) : null}
            <Link href="/management/work-points?list=DISCIPLINE_POINTS" className="text-sm font-medium text-primary hover:underline">
              {t("overview.manageDisciplinePoints")}
            </Link>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
