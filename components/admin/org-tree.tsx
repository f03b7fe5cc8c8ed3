import { getTranslations } from "next-intl/server";
import { Network } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { OrgUnitRow } from "@/lib/org/service";
import { CreateOrgUnitDialog, DeleteOrgUnitButton, EditOrgUnitDialog } from "./org-unit-forms";

/** Children grouped under their parent id; roots under "". */
function childrenByParent(units: OrgUnitRow[]) {
  const map = new Map<string, OrgUnitRow[]>();
  for (const unit of units) {
    const key = unit.parentId ?? "";
    map.set(key, [...(map.get(key) ?? []), unit]);
  }
  return map;
}

export async function OrgTree({ units }: { units: OrgUnitRow[] }) {
  const t = await getTranslations();
  const children = childrenByParent(units);
  const parents = units.filter((unit) => unit.type !== "GROUP").map((unit) => ({ value: unit.id, label: `${unit.name}（${t(`orgTypes.${unit.type}`)}）` }));
  const today = formatCalendarDate(todayInOrgan());

  const renderLevel = (parentId: string) => {
    const level = children.get(parentId) ?? [];
    if (level.length === 0) return null;
    return (
      <ul role={parentId ? "group" : "tree"} aria-label={parentId ? undefined : t("admin.orgTitle")} className={parentId ? "ml-4 border-l pl-3 sm:ml-6 sm:pl-4" : "grid gap-1"}>
        {level.map((unit) => (
          <li key={unit.id} role="treeitem" aria-expanded={children.has(unit.id) ? true : undefined} aria-selected={false}>
            <div className="flex flex-wrap items-center justify-between gap-2 rounded-md px-2 py-1.5 hover:bg-accent">
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{unit.name}</span>
                <Badge variant="outline">{t(`orgTypes.${unit.type}`)}</Badge>
                {unit.isRetiree ? <Badge variant="secondary">{t("admin.isRetiree")}</Badge> : null}
                {unit.effectiveTo ? <Badge variant="warning">{t("common.until", { date: formatCalendarDate(unit.effectiveTo) })}</Badge> : null}
              </span>
              <span className="flex items-center gap-1">
                <EditOrgUnitDialog
                  unit={{
                    ...unit,
                    effectiveFrom: formatCalendarDate(unit.effectiveFrom),
                    effectiveTo: unit.effectiveTo ? formatCalendarDate(unit.effectiveTo) : null,
                  }}
                  parents={parents}
                />
                <DeleteOrgUnitButton unit={unit} />
              </span>
            </div>
            {renderLevel(unit.id)}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <div className="grid gap-6">
      <PageHeader title={t("admin.orgTitle")} description={t("admin.orgDescription")} actions={<CreateOrgUnitDialog parents={parents} today={today} />} />
      {units.length === 0 ? (
        <EmptyState icon={<Network />} title={t("admin.orgEmpty")} description={t("admin.orgEmptyHint")} />
      ) : (
        <div className="rounded-lg border bg-card p-3">{renderLevel("")}</div>
      )}
    </div>
  );
}
