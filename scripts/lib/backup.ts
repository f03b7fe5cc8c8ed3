// Backups with PostgreSQL's own tools: a custom-format pg_dump (compressed, restorable table by
// table) and pg_restore into an empty database. The embedded server ships no pg_dump, so the
// client tools come from PATH (Debian's postgresql-client, the same 15 series as the server).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { APP_DATABASE } from "./embedded-postgres";
import { REPO_ROOT, databaseUrl, run, withClient } from "./pg-admin";

export function findPgTool(name: "pg_dump" | "pg_restore"): string {
  for (const candidate of [process.env[`${name.toUpperCase()}_PATH`], name]) {
    if (!candidate) continue;
    try {
      execFileSync(candidate, ["--version"], { stdio: "ignore" });
      return candidate;
    } catch {
      // try the next candidate
    }
  }
  throw new Error(`${name} 未找到 / not found: install Debian's postgresql-client (apt-get install postgresql-client) or set ${name.toUpperCase()}_PATH`);
}

/**
 * The database to back up: DATABASE_URL, else the embedded server that `npm start` runs (its
 * port is in .data/pg/postmaster.pid while it runs).
 */
export function resolveDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const pidFile = path.join(REPO_ROOT, ".data", "pg", "postmaster.pid");
  if (!existsSync(pidFile)) throw new Error("DATABASE_URL 未设置且内置数据库未运行 / DATABASE_URL is unset and the embedded server is not running (start it with npm start)");
  const port = readFileSync(pidFile, "utf8").split("\n")[3]?.trim();
  return databaseUrl(`postgresql://postgres@127.0.0.1:${port}/postgres`, APP_DATABASE);
}

export function timestampedFileName(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `partydesk-${stamp}.dump`;
}

export async function backupDatabase(url: string, file: string): Promise<void> {
  await run(findPgTool("pg_dump"), ["--format=custom", "--no-owner", "--file", file, "--dbname", url]);
}

/** Restores into an empty database only: restoring over live data would mix two histories. */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  const tables = await withClient(url, async (client) => {
    const result = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`);
    return result.rows[0].n as number;
  });
  if (tables > 0) throw new Error("目标数据库不是空的 / the target database is not empty: restore into a new, empty database");
  await run(findPgTool("pg_restore"), ["--no-owner", "--exit-on-error", "--dbname", url, file]);
}
