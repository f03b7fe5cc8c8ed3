import { getTranslations } from "next-intl/server";
import { RoundForm } from "@/components/supervision/round-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { loadRoundEdit } from "@/lib/supervision/pages";

export default async function EditSupervisionRoundPage({ params }: PageProps<"/management/supervision/[id]/edit">) {
  const user = await requirePageUser("records.writeOrgan");
  const { id } = await params;
  const [t, { round, branches }] = await Promise.all([getTranslations("supervision"), loadForPage(() => loadRoundEdit(user, id))]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t("edit")} description={round.focus} />
      <RoundForm
        round={{
          id: round.id,
          version: round.version,
          kind: round.kind,
          periodStart: formatCalendarDate(round.periodStart),
          periodEnd: formatCalendarDate(round.periodEnd),
          focus: round.focus,
          inspectors: round.inspectors,
          branchIds: round.branches.map((branch) => branch.orgUnit.id),
        }}
        branches={branches}
        today={formatCalendarDate(todayInOrgan())}
      />
    </div>
  );
}
