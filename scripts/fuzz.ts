// `npm run fuzz [-- --requests 10000]`: starts the app on a fresh demo database (as the browser
// tests do), sends malformed input to every exposed server action and prints the figures.
// Fails on any 5xx, on any row written by a refused request, or when fewer than 90 % of the
// requests reached validation.
import { spawn } from "node:child_process";
import pg from "pg";
import { callAction, businessChecksum, exposedActions, malformedInputs, roleFor, sampleIds, type Outcome } from "./lib/fuzz";
import { signInOverHttp, type CookieJar } from "./lib/http-session";
import { waitForHttp } from "./lib/net";
import { bin, databaseUrl, REPO_ROOT, randomSuffix } from "./lib/pg-admin";
import { ACCOUNTS, PASSWORD } from "../e2e/accounts";
import type { RoleName } from "@/lib/auth/roles";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const REQUESTS = argument("requests", 10_000);
const BATCH = 50;
const PORT = argument("port", 3190);
const BASE = `http://127.0.0.1:${PORT}`;
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error("DATABASE_URL must name a local PostgreSQL server whose role may create databases");
// Not the browser tests' prefix: their orphan clean-up judges databases by the pid in the name.
const database = `partydesk_fuzz_${process.pid}_${randomSuffix(8)}`;

const USERNAME_OF: Record<RoleName, string> = {
  PARTY_OFFICE: ACCOUNTS.partyOffice.username,
  SECRETARY: ACCOUNTS.secretary.username,
  LEADER: ACCOUNTS.leader.username,
  SYSTEM_ADMIN: ACCOUNTS.systemAdmin.username,
  SECURITY_ADMIN: ACCOUNTS.securityAdmin.username,
  AUDIT_ADMIN: ACCOUNTS.auditAdmin.username,
};

// The server script itself (not through npx), so that SIGTERM reaches it and it drops its database.
const server = spawn(bin("tsx"), ["scripts/e2e-server.ts"], {
  cwd: REPO_ROOT,
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, E2E_PORT: String(PORT), E2E_DATABASE: database, SWEEPS: "off" },
});
const stop = () => new Promise<void>((resolve) => (server.exitCode !== null ? resolve() : (server.once("exit", () => resolve()), server.kill("SIGTERM"))));

let db: pg.Client | undefined;
try {
  await waitForHttp(`${BASE}/login`, {
    timeoutMs: 10 * 60_000,
    accept: (response) => response.status === 200,
    abortReason: () => (server.exitCode !== null ? `the server exited with ${server.exitCode}` : undefined),
  });
  db = new pg.Client({ connectionString: databaseUrl(adminUrl, database) });
  await db.connect();
  const actions = await exposedActions();
  const ids = await sampleIds(db);
  const sessions = new Map<RoleName, CookieJar>();
  for (const role of new Set(actions.map((action) => roleFor(action.permission)))) {
    sessions.set(role, await signInOverHttp(BASE, USERNAME_OF[role], PASSWORD));
  }

  const perAction = Math.ceil(REQUESTS / actions.length);
  const outcomes: Record<Outcome, number> = { ok: 0, validation: 0, domain: 0, refused: 0, "server-error": 0 };
  const writesByRefused: string[] = [];
  const started = Date.now();
  for (const action of actions) {
    const jar = sessions.get(roleFor(action.permission))!;
    const client = db;
    const inputs = malformedInputs(action, ids, perAction);
    for (let offset = 0; offset < inputs.length; offset += BATCH) {
      const before = await businessChecksum(client);
      const batch: Outcome[] = [];
      for (const input of inputs.slice(offset, offset + BATCH)) batch.push(await callAction(BASE, jar, action, input));
      for (const outcome of batch) outcomes[outcome] += 1;
      // A batch in which nothing succeeded must leave every business table as it was.
      if (!batch.includes("ok") && (await businessChecksum(client)) !== before) writesByRefused.push(action.name);
    }
  }
  const total = Object.values(outcomes).reduce((sum, n) => sum + n, 0);
  const reached = outcomes.ok + outcomes.validation + outcomes.domain;
  const share = reached / total;
  console.table({ actions: actions.length, requests: total, ...outcomes, "reached validation": `${(share * 100).toFixed(1)} %`, seconds: Math.round((Date.now() - started) / 1000) });
  const failures = [
    outcomes["server-error"] > 0 && `${outcomes["server-error"]} responses were server errors`,
    writesByRefused.length > 0 && `refused requests wrote rows: ${[...new Set(writesByRefused)].join(", ")}`,
    share < 0.9 && `only ${(share * 100).toFixed(1)} % reached validation (goal 90 %)`,
  ].filter(Boolean);
  if (failures.length) {
    console.error(`fuzz: FAILED — ${failures.join("; ")}`);
    process.exitCode = 1;
  } else {
    console.log(`fuzz: ${total} malformed requests, 0 server errors, 0 rows written by refused requests`);
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  // Before the server drops its database, which would otherwise kill this connection mid-flight.
  await db?.end();
  await stop();
}
