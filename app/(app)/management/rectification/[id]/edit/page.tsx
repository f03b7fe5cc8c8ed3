import { getTranslations } from "next-intl/server";
import { ItemForm } from "@/components/rectification/item-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { loadItemEdit } from "@/lib/rectification/pages";

export default async function EditRectificationItemPage({ params }: PageProps<"/management/rectification/[id]/edit">) {
  const user = await requirePageUser("records.write");
  const { id } = await params;
  const [t, { item, options }] = await Promise.all([getTranslations("rectification"), loadForPage(() => loadItemEdit(user, id))]);
  return (
    <div className="grid gap-6">
      <PageHeader title={t("edit")} description={item.problem} />
      <ItemForm
        item={{
          id: item.id,
          version: item.version,
          planId: item.planId,
          source: item.source,
          problem: item.problem,
          measures: item.measures,
          class: item.class,
          responsibleLeaderId: item.responsibleLeaderId,
          orgUnitId: item.orgUnitId,
          department: item.department,
          ownerId: item.ownerId,
          verifierId: item.verifierId,
          deadline: formatCalendarDate(item.deadline),
        }}
        {...options}
        today={formatCalendarDate(todayInOrgan())}
      />
    </div>
  );
}
