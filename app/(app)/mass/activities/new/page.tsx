import { getTranslations } from "next-intl/server";
import { MassActivityForm } from "@/components/mass/activity-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { loadMassFormOptions } from "@/lib/mass/pages";

export default async function NewMassActivityPage() {
  const user = await requirePageUser("records.write");
  const [t, options] = await Promise.all([getTranslations("mass"), loadForPage(() => loadMassFormOptions(user))]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t("activities.new")} />
      <MassActivityForm {...options} today={formatCalendarDate(todayInOrgan())} />
    </div>
  );
}
