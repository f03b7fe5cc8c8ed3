// Three-colour escalation of a rectification item (整改事项), shared by the workflow, the daily
// sweep, the board and the dashboards so they can never disagree about an item's colour.
// Days are whole calendar days in Asia/Shanghai: the deadline is a `date` column and "today"
// comes from todayInOrgan(), so a server running in UTC colours items exactly as one in Beijing.
import { z } from "zod";
import { daysBetween, todayInOrgan } from "@/lib/dates";
import { msg } from "@/lib/validation";

export const ESCALATION_LEVELS = ["ON_TRACK", "YELLOW", "RED", "OVERDUE"] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** Yellow when `yellowDays` or fewer remain, red when `redDays` or fewer (the deadline day is 0: red). */
export const escalationThresholdsSchema = z
  .object({
    yellowDays: z.number().int().min(1).max(365),
    redDays: z.number().int().min(0).max(365),
  })
  .refine((value) => value.redDays < value.yellowDays, { message: msg("escalationOrder"), path: ["redDays"] });
export type EscalationThresholds = z.infer<typeof escalationThresholdsSchema>;

export const DEFAULT_ESCALATION_THRESHOLDS: EscalationThresholds = { yellowDays: 20, redDays: 10 };

/** The `Setting` row holding the thresholds the Party office configured. */
export const ESCALATION_SETTING_KEY = "rectification.escalation";

/** Whole days left until the deadline as seen on `today` (0 on the deadline day, negative after it). */
export function daysLeft(deadline: Date, today: Date = todayInOrgan()): number {
  return daysBetween(today, deadline);
}

/** The colour of an open item; closed items are not escalated (the caller decides that). */
export function escalationOf(deadline: Date, today: Date = todayInOrgan(), thresholds: EscalationThresholds = DEFAULT_ESCALATION_THRESHOLDS): EscalationLevel {
  const left = daysLeft(deadline, today);
  if (left < 0) return "OVERDUE";
  if (left <= thresholds.redDays) return "RED";
  if (left <= thresholds.yellowDays) return "YELLOW";
  return "ON_TRACK";
}

/** The saved thresholds over the defaults; a malformed row falls back to the defaults. */
export function thresholdsFromSetting(value: unknown): EscalationThresholds {
  const parsed = escalationThresholdsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_ESCALATION_THRESHOLDS;
}
