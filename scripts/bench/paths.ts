// The pages the benchmarks load. The dashboard's path is one constant so it can move (to
// /dashboard) without touching the measurements.
import { withClient } from "../lib/pg-admin";

export const DASHBOARD_PATH = "/dashboard";
/** A paginated list with filters: the integrity activities of two years, second page. */
export const LIST_PATH = "/integrity/activities?from=2025-01-01&to=2026-12-31&page=2";
/** A form page (no charts). */
export const FORM_PATH = "/integrity/activities/new";
export const LOGIN_PATH = "/login";
/** A file from public/ served by the same server: the throughput baseline. */
export const STATIC_PATH = "/robots.txt";

/** A record's detail page: the newest integrity activity that is not deleted. */
export async function detailPath(databaseUrl: string): Promise<string> {
  const id = await withClient(databaseUrl, async (client) => {
    const result = await client.query<{ id: string }>(`SELECT id FROM "IntegrityActivity" WHERE "deletedAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1`);
    return result.rows[0]?.id;
  });
  if (!id) throw new Error("no integrity activity in the database to open");
  return `/integrity/activities/${id}`;
}
