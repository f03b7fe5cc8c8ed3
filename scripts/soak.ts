// `npm run soak` (not in CI): load and a database outage against the real stack. Starts its own
// embedded PostgreSQL (never the shared server) and the app, runs 50 concurrent writers for 60
// seconds, each write carrying a client-generated id (the member number), and stops PostgreSQL
// for 20 seconds in the middle. Then checks that every acknowledged write is in the database
// exactly once and how quickly the app recovered. Writes the figures to docs/soak.md.
import { spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { isBuildStale } from "./lib/build";
import { DEMO_SEED_ARGS } from "./lib/seed";
import { signInOverHttp } from "./lib/http-session";
import { freePort, waitForHttp } from "./lib/net";
import { bin, migrateDeploy, REPO_ROOT, run } from "./lib/pg-admin";
import { appServerCommand } from "./lib/app-server";

const WRITERS = 50;
const DURATION_MS = 60_000;
const OUTAGE_START_MS = 20_000;
const OUTAGE_MS = 20_000;
const dataDir = path.join(REPO_ROOT, ".data", "soak-pg");
const log = (message: string) => console.log(`[soak] ${message}`);

rmSync(dataDir, { recursive: true, force: true });
const port = await freePort();
let database: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir, port, handleSignals: false, log });
const url = database.url();
await migrateDeploy(url);
await run(bin("tsx"), DEMO_SEED_ARGS, { DATABASE_URL: url });
if (isBuildStale()) await run(bin("next"), ["build"]);

const appPort = await freePort();
const base = `http://127.0.0.1:${appPort}`;
const app = spawn(...appServerCommand(REPO_ROOT, appPort, "127.0.0.1"), {
  cwd: REPO_ROOT,
  stdio: "ignore",
  env: { ...process.env, DATABASE_URL: url, NEXTAUTH_URL: base, NEXTAUTH_SECRET: "soak-secret-soak-secret-soak-secret", SWEEPS: "off", NODE_ENV: "production" },
});

try {
  await waitForHttp(`${base}/login`, { timeoutMs: 120_000, accept: (response) => response.status === 200 });
  const jar = await signInOverHttp(base, "party-office", "Demo@2026");
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const actionId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "createMemberAction")![0];
  const query = new pg.Client({ connectionString: url });
  await query.connect();
  const branchId = (await query.query(`SELECT id FROM "OrgUnit" WHERE type = 'BRANCH' ORDER BY "sortOrder" LIMIT 1`)).rows[0].id as string;
  await query.end();

  const acknowledged: string[] = [];
  let failures = 0;
  let lastFailureAt = 0;
  let firstSuccessAfterOutage = 0;
  const started = Date.now();
  let outageEndedAt = 0;

  async function writer(index: number) {
    for (let n = 0; Date.now() - started < DURATION_MS; n++) {
      const memberNo = `SOAK-${index}-${n}`;
      try {
        const response = await fetch(`${base}/`, {
          method: "POST",
          headers: { accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", "next-action": actionId, origin: base, cookie: jar.header() },
          body: JSON.stringify([
            { branchId, name: `压测${index}`, memberNo, gender: "MALE", birthDate: "1990-01-01", joinedPartyOn: "2015-07-01", status: "FULL", joinedBranchOn: "2024-01-01" },
          ]),
          signal: AbortSignal.timeout(15_000),
        });
        const body = await response.text();
        if (/"ok":true/.test(body)) {
          acknowledged.push(memberNo);
          if (outageEndedAt && !firstSuccessAfterOutage) firstSuccessAfterOutage = Date.now();
        } else {
          failures += 1;
          lastFailureAt = Date.now();
          await sleep(200);
        }
      } catch {
        failures += 1;
        lastFailureAt = Date.now();
        await sleep(200);
      }
    }
  }

  const outage = (async () => {
    await sleep(OUTAGE_START_MS);
    log("stopping PostgreSQL");
    await database.stop();
    await sleep(OUTAGE_MS);
    log("starting PostgreSQL again");
    database = await startEmbeddedPostgres({ dataDir, port, handleSignals: false, log });
    outageEndedAt = Date.now();
  })();
  await Promise.all([...Array.from({ length: WRITERS }, (_, index) => writer(index)), outage]);

  const check = new pg.Client({ connectionString: url });
  await check.connect();
  const stored = (await check.query(`SELECT "memberNo", count(*)::int AS n FROM "Member" WHERE "memberNo" LIKE 'SOAK-%' GROUP BY "memberNo"`)).rows as {
    memberNo: string;
    n: number;
  }[];
  await check.end();
  const storedSet = new Set(stored.map((row) => row.memberNo));
  const lost = acknowledged.filter((memberNo) => !storedSet.has(memberNo));
  const duplicated = stored.filter((row) => row.n > 1).length;
  const recoverySeconds = firstSuccessAfterOutage ? (firstSuccessAfterOutage - outageEndedAt) / 1000 : Number.NaN;
  const figures = {
    writers: WRITERS,
    seconds: DURATION_MS / 1000,
    acknowledged: acknowledged.length,
    "failed (errors while the database was down, or slow)": failures,
    "stored rows": stored.length,
    "acknowledged but lost": lost.length,
    duplicated,
    "recovery after the database returned (s)": recoverySeconds,
    "last failure after the database returned (s)": lastFailureAt > outageEndedAt ? (lastFailureAt - outageEndedAt) / 1000 : 0,
  };
  console.table(figures);
  const passed = lost.length === 0 && duplicated === 0 && recoverySeconds <= 10;
  writeFileSync(
    path.join(REPO_ROOT, "docs", "soak.md"),
    `# Soak run\n\nLast run of \`npm run soak\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, embedded PostgreSQL 15.\n50 writers for 60 s; PostgreSQL stopped from 20 s to 40 s.\n\n| figure | value |\n| --- | --- |\n${Object.entries(figures)
      .map(([name, value]) => `| ${name} | ${value} |`)
      .join("\n")}\n\nVerdict: ${passed ? "passed" : "FAILED"} (goal: no acknowledged write lost or duplicated, recovery within 10 s).\n`,
  );
  if (!passed) process.exitCode = 1;
} finally {
  app.kill("SIGTERM");
  await database.stop();
}
