import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { branchScope } from "@/lib/org/scope";
import { dueVsHeld } from "./queries/due-vs-held";
import { getOrgLifeFrequencies } from "./settings";

const GRANULARITIES = ["month", "quarter", "half", "year"] as const;

/** The due-versus-held page's query string; anything unusable falls back to this year, by month, every branch. */
export const dueQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  granularity: z.enum(GRANULARITIES).catch("month"),
  branch: z.string().trim().min(1).max(40).optional().catch(undefined),
});

export async function loadDueVsHeld(user: CurrentUser, query: z.output<typeof dueQuerySchema>) {
  const today = todayInOrgan();
  const year = query.year ?? today.getUTCFullYear();
  const [scope, settings] = await Promise.all([branchScope(user), getOrgLifeFrequencies()]);
  const rows = await dueVsHeld(scope, { year, granularity: query.granularity, frequencies: settings.frequencies, today, branchId: query.branch });
  return { year, granularity: query.granularity, rows, missed: rows.reduce((sum, row) => sum + row.missed, 0) };
}

export { GRANULARITIES };
