import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/integrity/activity-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { loadFormOptions } from "@/lib/integrity/pages";

export default async function NewIntegrityActivityPage() {
  const user = await requirePageUser("records.write");
  const [t, options] = await Promise.all([getTranslations("integrity"), loadForPage(() => loadFormOptions(user))]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t("activities.new")} />
      <ActivityForm {...options} today={formatCalendarDate(todayInOrgan())} />
    </div>
  );
}
