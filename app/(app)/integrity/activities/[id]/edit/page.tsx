import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/integrity/activity-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { loadActivityEdit } from "@/lib/integrity/pages";

export default async function EditIntegrityActivityPage({ params }: PageProps<"/integrity/activities/[id]/edit">) {
  const user = await requirePageUser("records.write");
  const { id } = await params;
  const [t, { activity, ...options }] = await Promise.all([getTranslations("integrity"), loadForPage(() => loadActivityEdit(user, id))]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t("activities.edit")} description={activity.title ?? undefined} />
      <ActivityForm
        activity={{ ...activity, title: activity.title ?? "", date: formatCalendarDate(activity.date) }}
        {...options}
        today={formatCalendarDate(todayInOrgan())}
      />
    </div>
  );
}
