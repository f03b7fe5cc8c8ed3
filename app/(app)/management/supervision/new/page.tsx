import { getTranslations } from "next-intl/server";
import { RoundForm } from "@/components/supervision/round-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { loadRoundFormOptions } from "@/lib/supervision/pages";

export default async function NewSupervisionRoundPage() {
  const user = await requirePageUser("records.writeOrgan");
  const [t, options] = await Promise.all([getTranslations("supervision"), loadForPage(() => loadRoundFormOptions(user))]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t("new")} />
      <RoundForm {...options} today={formatCalendarDate(todayInOrgan())} />
    </div>
  );
}
