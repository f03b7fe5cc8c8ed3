import { getTranslations } from "next-intl/server";
import { CheckForm } from "@/components/integrity/check-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { loadFormOptions } from "@/lib/integrity/pages";

export default async function NewSupervisionCheckPage() {
  const user = await requirePageUser("records.write");
  const [t, options] = await Promise.all([getTranslations("integrity"), loadForPage(() => loadFormOptions(user))]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t("checks.new")} />
      <CheckForm {...options} today={formatCalendarDate(todayInOrgan())} />
    </div>
  );
}
