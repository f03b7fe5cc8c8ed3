import "server-only";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { notFound } from "@/lib/errors";
import { assertCanReadUnit, branchScope } from "@/lib/org/scope";
import { dueVsHeld, type DueVsHeld } from "./queries/due-vs-held";
import { getOrgLifeFrequencies } from "./settings";

export interface CalendarMonth {
  year: number;
  /** 1–12. */
  month: number;
}

/** "YYYY-MM" → a month, or null. */
export function parseMonth(value: string | undefined): CalendarMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? "");
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : null;
}

export function formatMonth({ year, month }: CalendarMonth): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function shiftMonth({ year, month }: CalendarMonth, by: number): CalendarMonth {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export type DueSlotState = "held" | "missed" | "open" | "upcoming";

/** A required meeting whose period covers the month, and where it stands. */
export interface DueSlot extends DueVsHeld {
  state: DueSlotState;
}

function slotState(row: DueVsHeld): DueSlotState {
  if (row.met >= row.due) return "held";
  if (row.missed > 0) return "missed";
  return row.open > 0 ? "open" : "upcoming";
}

/**
 * One branch's month: its (and its groups') organisational life, its study sessions, and each
 * required kind whose period covers the month — held, missed (应开未开), still open or ahead.
 */
export async function loadBranchCalendar(user: CurrentUser, branchId: string, month: CalendarMonth) {
  await assertCanReadUnit(user, branchId);
  const branch = await db.orgUnit.findFirst({ where: { id: branchId, type: "BRANCH", deletedAt: null }, select: { id: true, name: true } });
  if (!branch) throw notFound();
  const start = new Date(Date.UTC(month.year, month.month - 1, 1));
  const end = new Date(Date.UTC(month.year, month.month, 0));
  const today = todayInOrgan();
  const [meetings, sessions, settings, scope] = await Promise.all([
    db.orgLifeMeeting.findMany({
      where: { deletedAt: null, date: { gte: start, lte: end }, OR: [{ orgUnitId: branchId }, { orgUnit: { parentId: branchId } }] },
      select: { id: true, date: true, kind: true, topic: true, orgUnit: { select: { name: true, type: true } } },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    }),
    db.studySession.findMany({
      where: { deletedAt: null, orgUnitId: branchId, date: { gte: start, lte: end } },
      select: { id: true, date: true, kind: true, topic: true },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    }),
    getOrgLifeFrequencies(),
    branchScope(user),
  ]);
  const rows = await dueVsHeld(scope, { year: month.year, granularity: "month", frequencies: settings.frequencies, today, branchId });
  const slots: DueSlot[] = rows.filter((row) => row.start <= start && row.end >= end).map((row) => ({ ...row, state: slotState(row) }));
  return { branch, month, start, end, today, meetings, sessions, slots };
}

export type BranchCalendar = Awaited<ReturnType<typeof loadBranchCalendar>>;
