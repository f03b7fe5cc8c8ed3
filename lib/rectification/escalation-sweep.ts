import "server-only";
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import { db } from "@/lib/db/client";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { defaultLocale } from "@/lib/i18n/config";
import { messagesByLocale } from "@/lib/i18n/messages";
import type { Sweep } from "@/lib/jobs/sweeps";
import { notify, type NewNotification } from "@/lib/notifications/service";
import { daysLeft, escalationOf, type EscalationLevel } from "./escalation";
import { escalationThresholds } from "./service";

// The daily escalation of open rectification items. Each level widens the circle: yellow tells
// the owner, red also the branch's secretary and its 分管领导, overdue also the Party group's
// leadership. The dedupe key names the item and level, and notify() relies on the unique
// (userId, dedupeKey) constraint, so each person hears of each level of an item once — however
// often, and on however many instances at once, the sweep runs.

type Circle = "owner" | "branch" | "leadership";
const CIRCLES: Record<Exclude<EscalationLevel, "ON_TRACK">, Circle[]> = {
  YELLOW: ["owner"],
  RED: ["owner", "branch"],
  OVERDUE: ["owner", "branch", "leadership"],
};

export const rectificationEscalationSweep: Sweep = {
  name: "rectification.escalation",
  async run(now: Date) {
    const today = todayInOrgan(now);
    const thresholds = await escalationThresholds();
    // Only items within the yellow window can need a notice: the rest are on track.
    const horizon = new Date(today.getTime() + thresholds.yellowDays * 86_400_000);
    const items = await db.rectificationItem.findMany({
      where: { deletedAt: null, status: { not: "CLOSED" }, deadline: { lte: horizon } },
      select: { id: true, problem: true, deadline: true, ownerId: true, orgUnitId: true, orgUnit: { select: { name: true, supervisingLeaderId: true } } },
    });
    if (items.length === 0) return { notified: 0 };
    const branchIds = [...new Set(items.map((item) => item.orgUnitId).filter((id): id is string => id !== null))];
    const [secretaries, leaders] = await Promise.all([
      db.user.findMany({ where: { role: "SECRETARY", active: true, branchId: { in: branchIds } }, select: { id: true, branchId: true } }),
      db.user.findMany({ where: { role: "LEADER", active: true }, select: { id: true } }),
    ]);
    const activeLeaders = new Set(leaders.map((leader) => leader.id));
    const translate = createTranslator({ locale: defaultLocale, messages: messagesByLocale[defaultLocale] as AbstractIntlMessages, namespace: "rectification" });
    const t = (key: string, values?: Record<string, string | number>) => translate(key as never, values as never);

    const notifications: NewNotification[] = items.flatMap((item) => {
      const level = escalationOf(item.deadline, today, thresholds);
      if (level === "ON_TRACK") return [];
      const recipients = new Set<string>();
      for (const circle of CIRCLES[level]) {
        if (circle === "owner") recipients.add(item.ownerId);
        if (circle === "branch") {
          for (const secretary of secretaries) if (secretary.branchId === item.orgUnitId) recipients.add(secretary.id);
          const supervising = item.orgUnit?.supervisingLeaderId;
          if (supervising && activeLeaders.has(supervising)) recipients.add(supervising);
        }
        if (circle === "leadership") for (const leader of activeLeaders) recipients.add(leader);
      }
      const left = daysLeft(item.deadline, today);
      const values = { problem: item.problem.slice(0, 60), unit: item.orgUnit?.name ?? "", deadline: formatCalendarDate(item.deadline), days: Math.abs(left) };
      return [...recipients].map((userId) => ({
        userId,
        kind: "rectification.escalation",
        level,
        title: t(`escalationNotice.title.${level}`, values),
        body: t(`escalationNotice.body.${level}`, values),
        link: `/management/rectification/${item.id}`,
        recordType: "RectificationItem" as const,
        recordId: item.id,
        dedupeKey: `rectification:${item.id}:${level}`,
      }));
    });
    return { notified: await notify(db, notifications) };
  },
};
