// `npm run scale-demo`: two app instances on one PostgreSQL database behind nginx (round-robin),
// run as this user from a generated config in a temp dir. Checks that nothing is per-process:
// a session made on one instance works on the other, sign-in failures (account lockout and the
// per-address limit) are counted once across both, sweeps run once (a job whose advisory lock
// another process holds is skipped), and an uploaded file is served by both. Then the Playwright login-and-record flow runs through
// the balancer, and the throughput test runs against one instance and against the pair. The
// figures go to docs/scaling.md between its scale-demo markers.
//
// SCALE_PORTS=3216,3226 and SCALE_BALANCER_PORT=3236 fix the ports (default: free ones).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD } from "../prisma/seed/demo-organ";
import { describeMachine, demoDatabase, ensureBuild, log, provideServer, startApp, type App, type Database, type DatabaseServer } from "./bench/environment";
import { DASHBOARD_PATH } from "./bench/paths";
import { FULL_LOAD, describeLoad, loadTest, settle, type LoadResult } from "./bench/throughput";
import { signInOverHttp } from "./lib/http-session";
import { freePort, waitForHttp } from "./lib/net";
import { REPO_ROOT, bin, run } from "./lib/pg-admin";

const DOC = path.join(REPO_ROOT, "docs", "scaling.md");
const BEGIN = "<!-- scale-demo:begin -->";
const END = "<!-- scale-demo:end -->";
const LOCKOUT_ACCOUNT = "leader-3";
/** A documentation address (RFC 5737) as the client the balancer forwards for. */
const CLIENT_ADDRESS = "203.0.113.7";

let server: DatabaseServer | undefined;
let database: Database | undefined;
const apps: App[] = [];
let nginx: ChildProcess | undefined;
const workDir = mkdtempSync(path.join(os.tmpdir(), "partydesk-scale-"));

interface Check {
  check: string;
  passed: boolean;
  detail: string;
}
const checks: Check[] = [];
const record = (check: string, passed: boolean, detail: string) => {
  checks.push({ check, passed, detail });
  log(`${passed ? "✔" : "✘"} ${check}: ${detail}`);
};

function ensureNginx(): string {
  const find = () => {
    try {
      return execFileSync("sh", ["-c", "command -v nginx || ls /usr/sbin/nginx"], { encoding: "utf8" }).trim().split("\n")[0];
    } catch {
      return "";
    }
  };
  let found = find();
  if (!found && process.getuid?.() === 0) {
    log("nginx not found: apt-get install -y nginx");
    execFileSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx"], { stdio: "inherit" });
    found = find();
  }
  if (!found) throw new Error("nginx not found: install it (Debian: sudo apt-get install nginx)");
  return found;
}

/** Round-robin over the instances; the upstream that answered is named in X-Upstream. */
function nginxConfig(balancerPort: number, ports: number[]): string {
  const temp = path.join(workDir, "nginx-temp");
  // Workers may run as another user when we are root: the temp dirs must be theirs to write.
  mkdirSync(temp, { recursive: true, mode: 0o777 });
  return `worker_processes 1;
daemon off;
pid ${workDir}/nginx.pid;
error_log ${workDir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  upstream app {
${ports.map((port) => `    server 127.0.0.1:${port};`).join("\n")}
    keepalive 64;
    # Below Node's 5 s keep-alive: otherwise nginx can reuse a connection the app is closing, and
    # a POST (an upload, a server action) on it fails with 502 instead of being retried.
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${balancerPort};
    client_max_body_size 210m;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_request_buffering off;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

async function wrongPassword(base: string, forwardedFor: string): Promise<void> {
  try {
    const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": forwardedFor } });
    const cookie = csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": forwardedFor },
      body: new URLSearchParams({ csrfToken, username: LOCKOUT_ACCOUNT, password: "wrong-password", json: "true" }),
    });
    await response.body?.cancel();
  } catch {
    // A refusal is the expected outcome; only the counters matter.
  }
}

async function checkStatelessness(balancer: string, [first, second]: App[], url: string): Promise<string> {
  // Sessions: made through the balancer, accepted by each instance directly.
  const jar = await signInOverHttp(balancer, "party-office", DEMO_PASSWORD);
  const statuses = await Promise.all(
    [first, second].map(async (app) => {
      const response = await fetch(`${app.base}${DASHBOARD_PATH}`, { headers: { cookie: jar.header() }, redirect: "manual" });
      await response.body?.cancel();
      return response.status;
    }),
  );
  record("session made via the balancer works on each instance", statuses.every((status) => status === 200), `GET ${DASHBOARD_PATH} → ${statuses.join(", ")}`);

  // Which instance answered: round-robin alternates.
  const upstreams = new Set<string>();
  for (let index = 0; index < 6; index++) {
    const response = await fetch(`${balancer}/login`);
    await response.body?.cancel();
    upstreams.add(response.headers.get("x-upstream") ?? "?");
  }
  record("the balancer spreads requests over both instances", upstreams.size === 2, [...upstreams].join(", "));

  // Lockout and the per-address limit: five failures, alternating instances.
  for (let attempt = 0; attempt < 5; attempt++) await wrongPassword((attempt % 2 ? second : first).base, CLIENT_ADDRESS);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const user = (await client.query<{ failedLoginCount: number; lockedUntil: Date | null }>(`SELECT "failedLoginCount", "lockedUntil" FROM "User" WHERE username = $1`, [LOCKOUT_ACCOUNT])).rows[0];
    let refused = false;
    await signInOverHttp(second.base, LOCKOUT_ACCOUNT, DEMO_PASSWORD).catch(() => (refused = true));
    record(
      "account lockout counts failures across instances",
      user.lockedUntil !== null && refused,
      `5 wrong passwords (3 on one instance, 2 on the other) → locked until ${user.lockedUntil?.toISOString() ?? "never"}; the right password then refused: ${refused}`,
    );
    const throttle = (await client.query<{ failures: number }>(`SELECT sum(failures)::int AS failures FROM "LoginThrottle" WHERE address = $1`, [CLIENT_ADDRESS])).rows[0];
    record("the per-address sign-in limit counts across instances", throttle.failures >= 5, `${throttle.failures} failures recorded for ${CLIENT_ADDRESS}`);

  } finally {
    await client.end();
  }
  return jar.header();
}

/** The outcomes each instance logged for its first sweep run (pino's "sweeps ran" line). */
const sweepRuns = new Map<number, { name: string; status: string }[]>();
function watchSweeps(instance: number) {
  return (line: string) => {
    if (!line.includes('"sweeps ran"')) return;
    const entry = JSON.parse(line) as { outcomes?: { name: string; status: string }[] };
    if (!sweepRuns.has(instance)) sweepRuns.set(instance, entry.outcomes ?? []);
  };
}

/**
 * Sweeps: both instances start their hourly timers together, so their first runs coincide; and a
 * job whose advisory lock another process holds is skipped (runExclusive, what every sweep uses).
 */
async function checkSweeps(url: string): Promise<void> {
  for (let waited = 0; sweepRuns.size < 2 && waited < 90_000; waited += 1000) await sleep(1000);
  const runs = [...sweepRuns.entries()].map(([instance, outcomes]) => `instance ${instance + 1}: ${outcomes.map((o) => `${o.name} ${o.status}`).join(", ") || "none registered"}`);
  const failed = [...sweepRuns.values()].flat().some((outcome) => outcome.status === "failed");

  process.env.DATABASE_URL = url;
  const { runExclusive } = await import("@/lib/jobs/run-exclusive");
  const name = "sweep:scale-demo";
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  await holder.query("BEGIN");
  await holder.query("SELECT pg_advisory_xact_lock(hashtext($1))", [name]);
  const whileHeld = await runExclusive(name, async () => "ran");
  await holder.query("COMMIT");
  await holder.end();
  const afterwards = await runExclusive(name, async () => "ran");
  record(
    "sweeps run once across instances",
    sweepRuns.size === 2 && !failed && !whileHeld.ran && afterwards.ran,
    `first runs: ${runs.join("; ") || "none logged within 90 s"}; a job whose lock another process held: ${whileHeld.ran ? "RAN" : "skipped"}, once released: ${afterwards.ran ? "ran" : "SKIPPED"}`,
  );
}

async function checkUploadsShared([first, second]: App[], url: string, cookie: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const row = (await client.query<{ id: string }>(`SELECT id FROM "Attachment" ORDER BY "createdAt" DESC LIMIT 1`)).rows[0];
  await client.end();
  if (!row) return record("an uploaded file is served by both instances", false, "no attachment was stored");
  const statuses = await Promise.all(
    [first, second].map(async (app) => {
      const response = await fetch(`${app.base}/api/attachments/${row.id}`, { headers: { cookie } });
      await response.body?.cancel();
      return response.status;
    }),
  );
  record("an uploaded file is served by both instances", statuses.every((status) => status === 200), `GET /api/attachments/${row.id} → ${statuses.join(", ")}`);
}

function writeDoc(single: LoadResult, pair: LoadResult, playwrightPassed: boolean, postgres: string): void {
  const machine = describeMachine(postgres);
  const block = [
    BEGIN,
    `Last run: ${new Date().toISOString().slice(0, 16)}Z on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres}, Next ${machine.next}; load average before the run ${machine.loadAverage.join(" / ")} (the machine is shared).`,
    "",
    "| check | result | detail |",
    "| --- | --- | --- |",
    ...checks.map((check) => `| ${check.check} | ${check.passed ? "passed" : "FAILED"} | ${check.detail.replaceAll("|", "\\|")} |`),
    `| Playwright login-and-record flow through the balancer | ${playwrightPassed ? "passed" : "FAILED"} | e2e/scale/login-record.spec.ts |`,
    "",
    `Throughput of the dashboard page (${DASHBOARD_PATH}), signed in, ${FULL_LOAD.connections} connections × ${FULL_LOAD.seconds} s:`,
    "",
    "| target | figures |",
    "| --- | --- |",
    `| one instance | ${describeLoad(single)} |`,
    `| two instances behind nginx | ${describeLoad(pair)} |`,
    "",
    `Pair / single: ${(pair.requestsPerSecond / single.requestsPerSecond).toFixed(2)}×.`,
    END,
  ].join("\n");
  const text = readFileSync(DOC, "utf8");
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`${DOC} has no scale-demo markers`);
  writeFileSync(DOC, `${text.slice(0, start)}${block}${text.slice(end + END.length)}`);
}

async function cleanUp(): Promise<void> {
  nginx?.kill("SIGQUIT");
  const nginxErrors = path.join(workDir, "nginx-error.log");
  if (checks.some((check) => !check.passed) && existsSync(nginxErrors)) console.log(`nginx error log:\n${readFileSync(nginxErrors, "utf8").slice(-4000)}`);
  await Promise.all(apps.map((app) => app.stop()));
  await database?.drop().catch((error: unknown) => console.error(`[bench] could not drop ${database?.name}:`, error));
  await server?.stop();
  rmSync(workDir, { recursive: true, force: true });
}

async function main(): Promise<boolean> {
  const nginxBinary = ensureNginx();
  server = await provideServer();
  database = await demoDatabase(server);
  await ensureBuild();

  const ports = process.env.SCALE_PORTS ? process.env.SCALE_PORTS.split(",").map(Number) : [await freePort(), await freePort()];
  const balancerPort = Number(process.env.SCALE_BALANCER_PORT) || (await freePort());
  const balancer = `http://127.0.0.1:${balancerPort}`;
  const uploads = path.join(workDir, "uploads");
  mkdirSync(uploads, { recursive: true });
  // What makes them one application: the same database, secret, public URL and upload directory.
  const shared = {
    databaseUrl: database.url,
    secret: randomBytes(32).toString("base64url"),
    publicUrl: balancer,
    env: { UPLOAD_DIR: uploads, TRUSTED_PROXIES: "127.0.0.1" },
  };
  log(`instances on ports ${ports.join(", ")}, started together so their sweep timers coincide`);
  apps.push(...(await Promise.all(ports.map((port, index) => startApp({ ...shared, port, onOutput: watchSweeps(index) })))));

  const config = path.join(workDir, "nginx.conf");
  writeFileSync(config, nginxConfig(balancerPort, ports));
  log(`nginx round-robin on ${balancer} → ${ports.join(", ")}`);
  nginx = spawn(nginxBinary, ["-c", config, "-p", workDir, "-e", path.join(workDir, "nginx-error.log")], { stdio: "inherit" });
  await waitForHttp(`${balancer}/login`, { timeoutMs: 20_000, accept: (response) => response.status === 200 });

  const cookie = await checkStatelessness(balancer, apps, database.url);

  log("Playwright: e2e/scale/login-record.spec.ts through the balancer");
  const playwrightPassed = await run(bin("playwright"), ["test", "--config", "e2e/scale/playwright.config.ts"], { SCALE_BASE_URL: balancer }).then(
    () => true,
    () => false,
  );
  await checkUploadsShared(apps, database.url, cookie);
  await checkSweeps(database.url);

  log(`throughput of ${DASHBOARD_PATH}: one instance, then the pair (${FULL_LOAD.connections} connections × ${FULL_LOAD.seconds} s each)`);
  await loadTest(`${apps[0].base}${DASHBOARD_PATH}`, cookie, { connections: 10, seconds: 3 }); // warm the code paths and the instance's kept pages first
  await settle(apps[0].base);
  const single = await loadTest(`${apps[0].base}${DASHBOARD_PATH}`, cookie, FULL_LOAD);
  // The same warm-up through the balancer: each instance keeps its own pages.
  await loadTest(`${balancer}${DASHBOARD_PATH}`, cookie, { connections: 10, seconds: 3 });
  await Promise.all(apps.map((app) => settle(app.base)));
  const pair = await loadTest(`${balancer}${DASHBOARD_PATH}`, cookie, FULL_LOAD);
  console.table({ "one instance": single, "two instances": pair });

  writeDoc(single, pair, playwrightPassed, server.version);
  log(`figures written to ${path.relative(REPO_ROOT, DOC)}`);
  return playwrightPassed && checks.every((check) => check.passed) && single.errors === 0 && pair.errors === 0;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}
let passed = false;
try {
  passed = await main();
} catch (error) {
  console.error("[scale-demo]", error instanceof Error ? error.message : error);
} finally {
  await cleanUp();
}
console.log(passed ? "\nSCALE-OUT DEMO PASSED ✔" : "\nSCALE-OUT DEMO FAILED ✖");
process.exit(passed ? 0 : 1);
