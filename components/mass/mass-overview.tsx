import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { CountList } from "@/components/integrity/count-list";
import { OverviewFilter } from "@/components/integrity/overview-filter";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import type { OverviewQuery } from "@/lib/integrity/pages";
import type { loadMassOverview } from "@/lib/mass/pages";
import { MASS_ACTIVITY_KINDS, VILLAGE_SERVICES } from "@/lib/mass/schema";
import { MassNav } from "./mass-nav";

interface MassOverviewProps {
  user: CurrentUser;
  query: OverviewQuery;
  currentYear: number;
  data: Awaited<ReturnType<typeof loadMassOverview>>;
}

export async function MassOverview({ user, query, currentYear, data }: MassOverviewProps) {
  const t = await getTranslations("mass");
  const integrity = await getTranslations("integrity");
  const { year, branch } = query;
  const activitiesHref = (kind: string) =>
    `/mass/activities?${new URLSearchParams({ kind, from: `${year}-01-01`, to: `${year}-12-31`, ...(branch ? { branch } : {}) })}`;
  const { villages, youth } = data;

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can(user.role, "records.write") ? (
            <Button asChild>
              <Link href="/mass/activities/new">
                <Plus aria-hidden />
                {t("activities.new")}
              </Link>
            </Button>
          ) : null
        }
      />
      <MassNav current="overview" />
      <div className="grid gap-2">
        <OverviewFilter year={year} currentYear={currentYear} branch={branch} branches={data.branches} />
        <p className="text-xs text-muted-foreground">{integrity("countsNote")}</p>
      </div>

      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <Card className="xl:row-span-2">
          <CardHeader>
            <CardTitle>{t("overview.activities")}</CardTitle>
          </CardHeader>
          <CardContent>
            <CountList
              items={MASS_ACTIVITY_KINDS.map((kind) => ({ label: t(`kinds.${kind}`), count: data.byKind[kind], href: activitiesHref(kind), testId: `mass-count-${kind}` }))}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>{t("overview.villageVisits")}</CardTitle>
            <CardDescription data-testid="village-line">{t("overview.villageLine", { visits: villages.visits, people: villages.peopleServed })}</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-2">
            <h3 className="text-sm font-medium text-muted-foreground">{t("overview.servicesDelivered")}</h3>
            <CountList
              items={VILLAGE_SERVICES.map((service) => ({ label: t(`services.${service}`), count: villages.visitsByService[service], href: activitiesHref("VILLAGE_VISIT") }))}
            />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>{t("overview.youth")}</CardTitle>
            <CardDescription>
              {t("overview.youthReps")}：{t("overview.youthRepsLine", { attendances: youth.attendances, sessions: youth.sessionsWithYouth, total: youth.centralGroupSessions })}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <CountList
              items={[
                { label: t("overview.youthStudy"), count: data.byKind.YOUTH_STUDY, href: activitiesHref("YOUTH_STUDY") },
                { label: t("overview.youthSpeech"), count: data.byKind.YOUTH_SPEECH, href: activitiesHref("YOUTH_SPEECH") },
              ]}
            />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
