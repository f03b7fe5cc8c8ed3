import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { readableBranchOptions } from "@/lib/org/unit-options";
import { diffLines } from "./compare";
import type { SummaryKey, SummaryPageQuery } from "./schema";
import { loadSummaryWorkspace, loadVersionDocument } from "./service";

/** The summary the page shows: by default this year's, the organ's for leadership and the office, a secretary's own branch's. */
export function summaryKeyFor(user: CurrentUser, query: SummaryPageQuery): SummaryKey {
  const orgUnitId = user.role === "SECRETARY" ? (query.unit ?? user.branchId) : query.unit || null;
  return { year: query.year ?? todayInOrgan().getUTCFullYear(), period: query.period ?? "YEAR", orgUnitId };
}

export async function loadSummaryPage(user: CurrentUser, query: SummaryPageQuery) {
  const key = summaryKeyFor(user, query);
  const [workspace, branches] = await Promise.all([loadSummaryWorkspace(user, key, { check: query.check === "1" }), readableBranchOptions(user)]);
  let comparison = null;
  if (query.compare) {
    const [from, to] = query.compare.split(",").map(Number);
    const [before, after] = await Promise.all([loadVersionDocument(user, key, from), loadVersionDocument(user, key, to)]);
    comparison = { from, to, lines: diffLines(before.text, after.text) };
  }
  return { workspace, comparison, branches: branches.map(({ id, name }) => ({ id, name })), organOption: user.role !== "SECRETARY" };
}
export type SummaryPageData = Awaited<ReturnType<typeof loadSummaryPage>>;
