import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { ActivityForm } from "@/components/education/activity-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { activityFormOptions } from "@/lib/activities/form-options";
import { getActivity } from "@/lib/activities/service";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate } from "@/lib/dates";
import { canEditReadableRecord } from "@/lib/org/record-access";

export default async function EditActivityPage({ params }: PageProps<"/education/activities/[id]/edit">) {
  const user = await requirePageUser("records.write");
  const { id } = await params;
  const activity = await loadForPage(() => getActivity(user, id));
  if (!canEditReadableRecord(user.role, activity.orgUnitId)) forbidden();
  const [t, options] = await Promise.all([getTranslations("activities"), activityFormOptions(user)]);
  return (
    <div className="grid gap-4">
      <PageHeader title={t("edit")} description={activity.title} />
      <Card>
        <CardContent>
          <ActivityForm {...options} activity={{ ...activity, date: formatCalendarDate(activity.date) }} cancelHref={`/education/activities/${id}`} />
        </CardContent>
      </Card>
    </div>
  );
}
