// `npm run seed:large`: a separate database holding a large organ for the benchmarks — by default
// 200 branches over 5 years and about a million records in the proportions of a real organ
// (attendance rows dominate, then meetings, activities, publicity, rectification …), with what
// the annual summary states beside them (contest entries, youth representatives, a drafted narrative).
//
//   npm run seed:large -- [--database partydesk_large] [--branches 200] [--years 5] [--records 1000000] [--force]
//
// The database is created on the DATABASE_URL server, migrated, and filled by SQL that runs inside
// PostgreSQL (scripts/seed-large/generate.sql); an existing one is left alone unless --force.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatCalendarDate, todayInOrgan } from "../lib/dates";
import { assertLocalDatabaseUrl, createDatabase, databaseExists, databaseUrl, dropDatabase, migrateDeploy, REPO_ROOT, withClient } from "./lib/pg-admin";

/** Records one branch produces in a year at scale 1 (meetings with their attendance, study, activities …): see generate.sql. */
const RECORDS_PER_BRANCH_YEAR = 1000;

export interface LargeSeedOptions {
  database: string;
  branches: number;
  years: number;
  records: number;
  force: boolean;
}

export function parseLargeSeedArgs(argv: string[]): LargeSeedOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      database: { type: "string", default: "partydesk_large" },
      branches: { type: "string", default: "200" },
      years: { type: "string", default: "5" },
      records: { type: "string", default: "1000000" },
      force: { type: "boolean", default: false },
    },
  });
  const positive = (name: string, value: string) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive whole number`);
    return number;
  };
  return {
    database: values.database,
    branches: positive("branches", values.branches),
    years: positive("years", values.years),
    records: positive("records", values.records),
    force: values.force,
  };
}

/** Creates and fills the large database; returns its URL. Skips the work when it already exists (unless force). */
export async function seedLarge(options: LargeSeedOptions, log: (line: string) => void = console.log): Promise<string> {
  const adminUrl = assertLocalDatabaseUrl(process.env.DATABASE_URL);
  const url = databaseUrl(adminUrl, options.database);
  const exists = await withClient(adminUrl, (client) => databaseExists(client, options.database));
  if (exists && !options.force) {
    log(`${options.database} exists; leaving it as it is (--force to rebuild)`);
    return url;
  }
  await withClient(adminUrl, async (client) => {
    if (exists) await dropDatabase(client, options.database);
    await createDatabase(client, options.database);
  });
  await migrateDeploy(url);

  const today = todayInOrgan();
  const lastYear = today.getUTCFullYear();
  const scale = options.records / (RECORDS_PER_BRANCH_YEAR * options.branches * options.years);
  const variables: Record<string, string> = {
    branches: String(options.branches),
    first_year: String(lastYear - options.years + 1),
    last_year: String(lastYear),
    scale: `${scale.toFixed(4)}::numeric`,
    today: `'${formatCalendarDate(today)}'::date`,
  };
  const sql = readFileSync(path.join(REPO_ROOT, "scripts/seed-large/generate.sql"), "utf8").replace(/:(\w+)/g, (match, name: string) => variables[name] ?? match);
  const started = performance.now();
  await withClient(url, async (client) => {
    await client.query("BEGIN");
    await client.query(sql);
    await client.query("COMMIT");
  });
  const counts = await withClient(url, (client) =>
    client.query<{ table: string; rows: string }>(`SELECT relname AS table, n_live_tup::text AS rows FROM pg_stat_user_tables WHERE n_live_tup > 0 ORDER BY n_live_tup DESC`),
  );
  const total = counts.rows.reduce((sum, row) => sum + Number(row.rows), 0);
  log(`${options.database}: ${total} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const row of counts.rows) log(`  ${row.table.padEnd(24)} ${row.rows}`);
  return url;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await seedLarge(parseLargeSeedArgs(process.argv.slice(2)));
}
