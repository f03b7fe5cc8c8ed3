import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import type { PeriodKind } from "@/lib/dates";
import type { DueVsHeld } from "@/lib/org-life/queries/due-vs-held";
import { periodLabel } from "@/lib/org-life/period-label";
import type { OrgLifeKindName } from "@/lib/org-life/schema";

const PERIOD_MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

function cellTone(row: DueVsHeld): string {
  if (row.met >= row.due) return "bg-success-soft text-success";
  if (row.missed > 0) return "bg-danger-soft text-destructive font-semibold";
  if (row.open > 0) return "bg-warning-soft text-warning";
  return "text-muted-foreground";
}

/**
 * Due versus held, one row per branch and kind, one column per reporting period; a kind due less
 * often than the period spans several columns. Cells read 已开/应开 and are coloured by state.
 */
export async function DueVsHeldTable({ rows, granularity, year }: { rows: DueVsHeld[]; granularity: PeriodKind; year: number }) {
  const t = await getTranslations();
  const span = PERIOD_MONTHS[granularity];
  const columns = 12 / span;
  const groups = new Map<string, { branchId: string; branchName: string; kinds: Map<OrgLifeKindName, DueVsHeld[]> }>();
  for (const row of rows) {
    const branch = groups.get(row.branchId) ?? { branchId: row.branchId, branchName: row.branchName, kinds: new Map() };
    branch.kinds.set(row.kind, [...(branch.kinds.get(row.kind) ?? []), row]);
    groups.set(row.branchId, branch);
  }
  const calendarHref = (branchId: string, row: DueVsHeld) =>
    `/education/org-life/calendar?branch=${branchId}&month=${year}-${String(row.start.getUTCMonth() + 1).padStart(2, "0")}`;

  return (
    <div className="relative w-full overflow-x-auto overscroll-x-contain rounded-lg border">
      <table className="w-full border-collapse text-sm" data-testid="due-vs-held">
        <thead className="bg-muted/60">
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-muted px-3 py-2 text-left font-medium whitespace-nowrap text-muted-foreground">
              {t("orgLife.branch")}
            </th>
            <th scope="col" className="px-3 py-2 text-left font-medium whitespace-nowrap text-muted-foreground">
              {t("orgLife.kind")}
            </th>
            {Array.from({ length: columns }, (_, index) => (
              <th key={index} scope="col" className="px-2 py-2 text-center font-medium whitespace-nowrap text-muted-foreground">
                {periodLabel(t, span, index + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...groups.values()].map((branch) =>
            [...branch.kinds.entries()].map(([kind, periods], kindIndex) => (
              <tr key={`${branch.branchId}-${kind}`} className={cn("border-t", kindIndex === 0 && "border-t-2")}>
                {kindIndex === 0 ? (
                  <th scope="rowgroup" rowSpan={branch.kinds.size} className="sticky left-0 z-10 bg-card px-3 py-2 text-left align-top font-medium whitespace-nowrap">
                    {branch.branchName}
                  </th>
                ) : null}
                <th scope="row" className="px-3 py-2 text-left font-normal whitespace-nowrap">
                  {t(`orgLife.kinds.${kind}`)}
                </th>
                {periods.map((row) => (
                  <td key={row.periodIndex} colSpan={row.periodMonths / span} className="border-l p-0 text-center">
                    <Link
                      href={calendarHref(branch.branchId, row)}
                      className={cn("block px-2 py-2 tabular-nums hover:underline", cellTone(row))}
                      title={`${periodLabel(t, row.periodMonths, row.periodIndex)} · ${t("orgLife.meetingsHeld", { count: row.meetings })}${row.missed ? ` · ${t("orgLife.missedTotal", { count: row.missed })}` : ""}`}
                      data-state={row.met >= row.due ? "held" : row.missed ? "missed" : row.open ? "open" : "upcoming"}
                    >
                      {t("orgLife.dueCell", { met: row.met, due: row.due })}
                    </Link>
                  </td>
                ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

/** What the colours mean. */
export async function DueLegend() {
  const t = await getTranslations("orgLife");
  const items = [
    ["bg-success-soft text-success", t("legendHeld")],
    ["bg-danger-soft text-destructive", t("legendMissed")],
    ["bg-warning-soft text-warning", t("legendOpen")],
    ["border text-muted-foreground", t("legendUpcoming")],
  ] as const;
  return (
    <ul className="flex flex-wrap gap-3 text-xs">
      {items.map(([tone, label]) => (
        <li key={label} className="flex items-center gap-1.5">
          <span aria-hidden className={cn("inline-block size-3 rounded-sm", tone)} />
          {label}
        </li>
      ))}
    </ul>
  );
}
