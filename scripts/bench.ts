// `npm run bench`: the performance goals of the product, measured on this machine, printed as one
// table and written to bench/results/latest.json with the machine's description.
//
//   npm run bench                 everything (prepares the large database once with `npm run seed:large`)
//   npm run bench -- --quick      demo data and short runs, under a minute; exits 1 only on a gross
//                                 regression (a figure more than twice off its goal), for CI
//   npm run bench -- --setup[=cold]  also times a fresh clone's `npm install && npm start` (minutes)
//
// DATABASE_URL names a local PostgreSQL server to create the databases on; unset, an embedded one
// is kept in .data/bench-pg. BENCH_PORT fixes the app's port (default: a free one).
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DEMO_PASSWORD } from "../prisma/seed/demo-organ";
import { signInOverHttp } from "./lib/http-session";
import { freePort } from "./lib/net";
import { REPO_ROOT, withClient } from "./lib/pg-admin";
import { browserLoad } from "./bench/browser";
import {
  currentCommit,
  demoDatabase,
  describeMachine,
  ensureBuild,
  largeDatabase,
  log,
  provideServer,
  startApp,
  type App,
  type Database,
  type DatabaseServer,
} from "./bench/environment";
import { notAvailable, type BenchContext, type Measurement } from "./bench/measurement";
import { pageTimes } from "./bench/pages";
import type { BenchRow } from "./bench/result";
import { recordSetup, setup, type SetupKind } from "./bench/setup";
import { formatTable } from "./bench/table";
import { throughput } from "./bench/throughput";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const setupArg = args.find((arg) => arg === "--setup" || arg.startsWith("--setup="));
const setupKind: SetupKind | undefined = setupArg ? (setupArg.endsWith("=cold") ? "cold" : "warm") : undefined;
// The quick run of CI writes beside the recorded full run, not over it.
const RESULTS = path.join(REPO_ROOT, "bench", "results", quick ? "quick.json" : "latest.json");

/**
 * A measurement provided by a module of its own (`scripts/bench/<file>.ts`) exporting a function
 * of the context that returns rows; until that module exists it reports "not available".
 */
function pluggedIn(name: string, file: string, goal: string, options: { quick: boolean; needsLarge?: boolean }): Measurement {
  return {
    name,
    quick: options.quick,
    async run(context) {
      const source = path.join(REPO_ROOT, "scripts", "bench", file);
      if (!existsSync(source)) return [notAvailable(name, goal, `scripts/bench/${file} is not in this checkout`)];
      if (options.needsLarge && !context.largeDatabaseUrl) return [notAvailable(name, goal, context.largeMissing ?? "no large database")];
      // The app's database client reads DATABASE_URL when it is first imported.
      process.env.DATABASE_URL = context.largeDatabaseUrl ?? context.databaseUrl;
      const exports = (await import(pathToFileURL(source).href)) as Record<string, unknown>;
      const measure = (exports.default ?? Object.values(exports).find((value) => typeof value === "function")) as (context: BenchContext) => Promise<BenchRow[]>;
      return measure(context);
    },
  };
}

// One entry per measurement, in the order they run. The throughput test runs first so that its
// "cold" run meets a server nothing has warmed yet.
const MEASUREMENTS: Measurement[] = [
  throughput,
  pluggedIn("dashboard data vs baseline SQL", "dashboard.ts", "ratio ≤ 1.5, p95 ≤ 150 ms", { quick: true }),
  pageTimes,
  pluggedIn("summary draft and .docx export", "summary.ts", "≤ 1 s", { quick: true }),
  browserLoad,
  setup,
];

let server: DatabaseServer | undefined;
let demo: Database | undefined;
let app: App | undefined;

async function cleanUp(): Promise<void> {
  await app?.stop();
  await demo?.drop().catch((error: unknown) => console.error(`[bench] could not drop ${demo?.name}:`, error));
  await server?.stop();
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

/** The large database serves the pages too when it has the demo accounts to sign in with. */
async function hasDemoAccounts(url: string): Promise<boolean> {
  return withClient(url, async (client) => ((await client.query(`SELECT 1 FROM "User" WHERE username = 'party-office'`)).rowCount ?? 0) > 0);
}

async function main(): Promise<number> {
  if (setupKind) {
    log(`timing a fresh clone's npm install && npm start (npm cache ${setupKind})`);
    await recordSetup(setupKind);
  }
  server = await provideServer();
  const large = quick ? { missing: "--quick runs on the demo organ" } : await largeDatabase(server);
  if ("missing" in large) log(`large database: skipped (${large.missing})`);
  let databaseUrl: string;
  let dataSet: string;
  if ("url" in large && (await hasDemoAccounts(large.url))) {
    databaseUrl = large.url;
    dataSet = "large data set";
  } else {
    demo = await demoDatabase(server);
    databaseUrl = demo.url;
    dataSet = "demo organ";
  }
  await ensureBuild();
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  log(`app server on port ${port} (${dataSet})`);
  app = await startApp({ port, databaseUrl });
  const jar = await signInOverHttp(app.base, "party-office", DEMO_PASSWORD);
  const context: BenchContext = {
    quick,
    base: app.base,
    cookie: jar.header(),
    databaseUrl,
    dataSet,
    largeDatabaseUrl: "url" in large ? large.url : undefined,
    largeMissing: "missing" in large ? large.missing : undefined,
  };

  const rows: BenchRow[] = [];
  let crashed = false;
  for (const measurement of MEASUREMENTS.filter((entry) => !quick || entry.quick)) {
    log(`measuring: ${measurement.name}`);
    try {
      rows.push(...(await measurement.run(context)));
    } catch (error) {
      crashed = true;
      rows.push({ name: measurement.name, measured: Number.NaN, unit: "", goal: "", met: false, grossRegression: true, detail: `failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  console.log(`\n${formatTable(rows)}\n`);
  const result = { at: new Date().toISOString(), commit: currentCommit(), quick, dataSet, machine: describeMachine(server.version), rows };
  await fs.mkdir(path.dirname(RESULTS), { recursive: true });
  await fs.writeFile(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  log(`written to ${path.relative(REPO_ROOT, RESULTS)}`);

  const gross = rows.filter((row) => row.grossRegression);
  if (quick && gross.length) {
    console.error(`[bench] gross regression in: ${gross.map((row) => row.name).join("; ")}`);
    return 1;
  }
  return crashed ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error("[bench]", error instanceof Error ? error.message : error);
} finally {
  await cleanUp();
}
process.exit(code);
