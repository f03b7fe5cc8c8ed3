import { getTranslations } from "next-intl/server";
import { ItemForm } from "@/components/rectification/item-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { loadItemFormOptions } from "@/lib/rectification/pages";

export default async function NewRectificationItemPage({ searchParams }: PageProps<"/management/rectification/new">) {
  const user = await requirePageUser("records.write");
  const { plan } = await searchParams;
  const [t, options] = await Promise.all([getTranslations("rectification"), loadForPage(() => loadItemFormOptions(user))]);
  const planId = typeof plan === "string" && options.plans.some((option) => option.id === plan) ? plan : null;
  return (
    <div className="grid gap-6">
      <PageHeader title={t("new")} />
      <ItemForm {...options} defaults={planId ? { planId, source: options.plans.find((option) => option.id === planId)!.source } : undefined} today={formatCalendarDate(todayInOrgan())} />
    </div>
  );
}
