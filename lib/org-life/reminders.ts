import "server-only";
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import { db } from "@/lib/db/client";
import { daysBetween, formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { defaultLocale } from "@/lib/i18n/config";
import { messagesByLocale } from "@/lib/i18n/messages";
import type { Sweep } from "@/lib/jobs/sweeps";
import { notify, type NewNotification } from "@/lib/notifications/service";
import { periodLabel } from "./period-label";
import { dueVsHeld } from "./queries/due-vs-held";
import { getOrgLifeFrequencies } from "./settings";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Notifications are stored as text, in the organ's language: a sweep has no request to take a locale from. */
export function organTranslator(): Translate {
  const translate = createTranslator({ locale: defaultLocale, messages: messagesByLocale[defaultLocale] as AbstractIntlMessages });
  // Keys are built from enum values here, so they are checked by the message files' unit test, not by the compiler.
  return (key, values) => translate(key as never, values as never);
}

/** How many days before a period ends the branch's secretary is reminded of what is still due. */
export const REMINDER_DAYS = 7;

/**
 * Reminds each branch's secretary, a week before a period ends, of every required kind of
 * organisational life still not held in it (a 党员大会 this quarter, a 支委会 this month …). Once per
 * branch, kind and period: the dedupe key names them, so hourly runs do not repeat it.
 */
export const orgLifeReminderSweep: Sweep = {
  name: "orgLife.dueReminders",
  async run(now: Date) {
    const today = todayInOrgan(now);
    const { frequencies } = await getOrgLifeFrequencies();
    const rows = await dueVsHeld({ kind: "all" }, { year: today.getUTCFullYear(), granularity: "month", frequencies, today });
    const closing = rows.filter((row) => row.open > 0 && daysBetween(today, row.end) <= REMINDER_DAYS);
    if (closing.length === 0) return { notified: 0 };
    const secretaries = await db.user.findMany({
      where: { role: "SECRETARY", active: true, branchId: { in: [...new Set(closing.map((row) => row.branchId))] } },
      select: { id: true, branchId: true },
    });
    const t = organTranslator();
    const month = formatCalendarDate(today).slice(0, 7);
    const notifications: NewNotification[] = closing.flatMap((row) => {
      const period = periodLabel(t, row.periodMonths, row.periodIndex);
      const kind = t(`orgLife.kinds.${row.kind}`);
      return secretaries
        .filter((secretary) => secretary.branchId === row.branchId)
        .map((secretary) => ({
          userId: secretary.id,
          kind: "orgLife.due",
          level: "YELLOW" as const,
          title: t("orgLife.reminderTitle", { branch: row.branchName, period, kind }),
          body: t("orgLife.reminderBody", { period, end: formatCalendarDate(row.end), kind, met: row.met, due: row.due }),
          link: `/education/org-life/calendar?branch=${row.branchId}&month=${month}`,
          dedupeKey: `orgLife.due:${row.branchId}:${row.kind}:${formatCalendarDate(row.start)}`,
        }));
    });
    return { notified: await notify(db, notifications) };
  },
};
