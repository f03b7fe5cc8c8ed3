// How a count reads in the summary. The exact figure is the default; "N余" (N = ⌊n/10⌋×10) is
// offered where the reference rounds, only when it still says something true and useful: n ≥ 20
// and n > N (30 stays "30", never "30余").

export function roundedBase(n: number): number | null {
  const base = Math.floor(n / 10) * 10;
  return n >= 20 && n > base ? base : null;
}

/** Whether the 余 wording can be offered for this figure. */
export const canRound = (n: number) => roundedBase(n) !== null;

/** The figure as the sentence states it: "12", or "40余" when rounding is asked for and allowed. */
export function figureText(n: number, rounded: boolean): string {
  const base = rounded ? roundedBase(n) : null;
  return base === null ? String(n) : `${base}余`;
}

const CHINESE_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 1 → 一, 12 → 十二, 21 → 二十一: enough for ordinals of points and sections. */
export function chineseNumber(n: number): string {
  if (n <= 10) return CHINESE_DIGITS[n];
  if (n < 20) return `十${CHINESE_DIGITS[n - 10]}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ""}`;
}

/** 一是, 二是 …: the lead of the n-th numbered point (1-based). */
export const pointLead = (n: number) => `${chineseNumber(n)}是`;
