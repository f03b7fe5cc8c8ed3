// Records to hang shared machinery on (attachments, soft delete, campaigns) in the records tests.
import type { Db } from "@/lib/db/connect";
import { day } from "../factories";

/** A themed activity of a branch, or of the Party group when orgUnitId is null. */
export function createActivity(db: Db, orgUnitId: string | null, options: { title?: string; campaignIds?: string[] } = {}) {
  return db.themedActivity.create({
    data: { orgUnitId, kind: "READING", date: day("2026-03-05"), title: options.title ?? "读书分享会", campaignIds: options.campaignIds ?? [] },
  });
}

export const ORIGIN = "http://localhost:3000";

/** A request as a page of this site sends it (Origin and Host agree), unless headers say otherwise. */
export function siteRequest(path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  return new Request(`${ORIGIN}${path}`, { ...init, headers: { host: "localhost:3000", origin: ORIGIN, ...init.headers } });
}
