import { getTranslations } from "next-intl/server";
import { MassActivityForm } from "@/components/mass/activity-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { loadMassActivityEdit } from "@/lib/mass/pages";

export default async function EditMassActivityPage({ params }: PageProps<"/mass/activities/[id]/edit">) {
  const user = await requirePageUser("records.write");
  const { id } = await params;
  const [t, { activity, ...options }] = await Promise.all([getTranslations("mass"), loadForPage(() => loadMassActivityEdit(user, id))]);
  const { date, kind, version, organizationId, orgUnitId, title, organiser, participantCount, services, peopleServed, festival, outcome, campaignIds } = activity;
  return (
    <div className="grid gap-6">
      <PageHeader title={t("activities.edit")} description={activity.title} />
      <MassActivityForm activity={{ id, version, kind, organizationId, orgUnitId, date: formatCalendarDate(date), title, organiser, participantCount, services, peopleServed, festival, outcome, campaignIds }} {...options} today={formatCalendarDate(todayInOrgan())} />
    </div>
  );
}
