type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A reporting period in words: "3 月", "第 2 季度", "上半年", "全年" (keys under orgLife.). */
export function periodLabel(t: Translate, periodMonths: number, periodIndex: number): string {
  if (periodMonths === 1) return t("orgLife.periodMonth", { month: periodIndex });
  if (periodMonths === 3) return t("orgLife.periodQuarter", { index: periodIndex });
  if (periodMonths === 6) return t("orgLife.periodHalf", { index: periodIndex });
  return t("orgLife.periodYear");
}
