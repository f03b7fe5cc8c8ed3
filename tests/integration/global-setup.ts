// Vitest globalSetup for the `integration` project: builds (or reuses) ONE migrated
// template database; setup-db.ts then clones it once per test file.
//
// Why templates: `CREATE DATABASE … TEMPLATE` is a file-level copy that takes well under a
// second, whereas migrating a fresh database per file takes many seconds. Every file gets a
// private database, so files run in parallel and nothing is cleaned between tests: audit rows
// are append-only and never need deleting — the whole database is dropped after the file.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import {
  REPO_ROOT,
  assertLocalDatabaseUrl,
  createDatabase,
  databaseExists,
  databaseUrl,
  dropDatabase,
  dropOrphans,
  listDatabases,
  migrateDeploy,
  renameDatabase,
  withClient,
} from "../../scripts/lib/pg-admin";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the server's admin database (the caller's DATABASE_URL). */
    integrationAdminUrl: string;
    /** Name of the migrated template database to clone. */
    integrationTemplate: string;
    /** Prefix for this run's per-file databases: `partydesk_it_<pid>_`. */
    integrationDbPrefix: string;
  }
}

export const PER_FILE_PREFIX = "partydesk_it_";
const TEMPLATE_PREFIX = "partydesk_tpl_";
// Serialises template builds across concurrent runs on the same server.
const ADVISORY_LOCK_KEY = 741_852_963;

/** Hash of every file under prisma/migrations (relative path + contents). */
export function migrationsHash(dir = path.join(REPO_ROOT, "prisma", "migrations")): string {
  const hash = createHash("sha256");
  const walk = (current: string) => {
    let entries: string[];
    try {
      entries = readdirSync(current).sort();
    } catch {
      return; // no migrations folder yet
    }
    for (const entry of entries) {
      const full = path.join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(path.relative(dir, full)).update("\0").update(readFileSync(full)).update("\0");
    }
  };
  walk(dir);
  return hash.digest("hex").slice(0, 8);
}

export default async function setup(project: TestProject) {
  const adminUrl = assertLocalDatabaseUrl(process.env.DATABASE_URL);
  const template = `${TEMPLATE_PREFIX}${migrationsHash()}`;
  const perFilePrefix = `${PER_FILE_PREFIX}${process.pid}_`;

  await withClient(adminUrl, async (client) => {
    await dropOrphans(client, PER_FILE_PREFIX);
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
      if (await databaseExists(client, template)) return;
      // Build under a temporary name and rename when complete, so a half-migrated
      // template (crash, failed migration) is never mistaken for a finished one.
      const building = `${template}_build_${process.pid}`;
      for (const stale of await listDatabases(client, `${template}_build_`)) await dropDatabase(client, stale);
      await createDatabase(client, building);
      try {
        console.log(`[integration] migrating template database ${template}`);
        await migrateDeploy(databaseUrl(adminUrl, building));
        await renameDatabase(client, building, template);
        await client.query(`ALTER DATABASE "${template}" WITH IS_TEMPLATE true`);
      } catch (error) {
        await dropDatabase(client, building).catch(() => {});
        throw error;
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
    }
  });

  project.provide("integrationAdminUrl", adminUrl);
  project.provide("integrationTemplate", template);
  project.provide("integrationDbPrefix", perFilePrefix);

  return async function teardown() {
    // Per-file databases drop themselves; this catches files whose worker died.
    await withClient(adminUrl, async (client) => {
      for (const name of await listDatabases(client, perFilePrefix)) {
        await dropDatabase(client, name).catch(() => {});
      }
    });
  };
}
