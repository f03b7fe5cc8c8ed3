import { getTranslations } from "next-intl/server";
import { CheckForm } from "@/components/integrity/check-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { loadCheckEdit } from "@/lib/integrity/pages";

export default async function EditSupervisionCheckPage({ params }: PageProps<"/integrity/checks/[id]/edit">) {
  const user = await requirePageUser("records.write");
  const { id } = await params;
  const [t, { check, ...options }] = await Promise.all([getTranslations("integrity"), loadForPage(() => loadCheckEdit(user, id))]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t("checks.edit")} description={check.target} />
      <CheckForm
        check={{ id: check.id, version: check.version, kind: check.kind, target: check.target, date: formatCalendarDate(check.date), findings: check.findings, orgUnitId: check.orgUnitId, campaignIds: check.campaignIds }}
        {...options}
        today={formatCalendarDate(todayInOrgan())}
      />
    </div>
  );
}
