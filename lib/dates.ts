// Meeting and activity dates are calendar dates: stored in PostgreSQL `date` columns, which
// Prisma hands over as a Date at UTC midnight. Everything here works on the UTC parts of such
// a Date, so 31 December never drifts into the next year whatever the server's TZ is.
// "Today" and periods are decided in Asia/Shanghai, where the organ works.

export const ORGAN_TIME_ZONE = "Asia/Shanghai";
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" into a Date at UTC midnight, or null when it is not a real calendar date. */
export function parseCalendarDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** Formats a calendar date (a Date at UTC midnight) as "YYYY-MM-DD". */
export function formatCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar date in Asia/Shanghai, as a Date at UTC midnight. */
export function todayInOrgan(now: Date = new Date()): Date {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: ORGAN_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  return parseCalendarDate(parts)!;
}

/** Whole days from `from` to `to` (both calendar dates); negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

/** Age in whole years on a calendar date. */
export function ageOn(birthDate: Date, on: Date): number {
  let age = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birthDate.getUTCMonth() ||
    (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** Youth (青年) in Party-building statistics: under 35 on the given date. */
export function isYouthOn(birthDate: Date, on: Date): boolean {
  return ageOn(birthDate, on) < 35;
}

export type PeriodKind = "month" | "quarter" | "half" | "year";
export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter, 1–2 for a half, 1 for a year. */
  index: number;
  start: Date;
  /** Inclusive last day. */
  end: Date;
}

const MONTHS_PER_PERIOD: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

export function periodOf(kind: PeriodKind, date: Date): Period {
  const span = MONTHS_PER_PERIOD[kind];
  const year = date.getUTCFullYear();
  const index = Math.floor(date.getUTCMonth() / span) + 1;
  return periodByIndex(kind, year, index);
}

export function periodByIndex(kind: PeriodKind, year: number, index: number): Period {
  const span = MONTHS_PER_PERIOD[kind];
  const startMonth = (index - 1) * span;
  return {
    kind,
    year,
    index,
    start: new Date(Date.UTC(year, startMonth, 1)),
    end: new Date(Date.UTC(year, startMonth + span, 0)),
  };
}

/** Days left until a deadline, counted from today in Asia/Shanghai: 0 on the day itself, -1 the day after. */
export function daysRemaining(deadline: Date, now: Date = new Date()): number {
  return daysBetween(todayInOrgan(now), deadline);
}
