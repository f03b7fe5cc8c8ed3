// The web server Playwright starts for e2e tests (playwright.config.ts → webServer):
// a fresh database with the demo data, a production build, the app server (server/main.ts) on 127.0.0.1:$E2E_PORT (3100).
// DATABASE_URL (set by the caller) names the local server; a database
// partydesk_e2e_<pid>_<random> is created there and dropped again on exit.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appServerCommand } from "./lib/app-server";
import { isBuildStale } from "./lib/build";
import { DEMO_SEED_ARGS } from "./lib/seed";
import {
  QUIET_ENV,
  REPO_ROOT,
  assertLocalDatabaseUrl,
  bin,
  createDatabase,
  databaseUrl,
  dropDatabase,
  dropOrphans,
  randomSuffix,
  withClient,
} from "./lib/pg-admin";

// Several checkouts on one machine can run their browser tests at once on different ports.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const HOST = "127.0.0.1";
const PREFIX = "partydesk_e2e_";

const log = (message: string) => console.log(`[e2e-server] ${message}`);

const adminUrl = assertLocalDatabaseUrl(process.env.DATABASE_URL);
// playwright.config.ts names the database so that tests can read what the app wrote.
const database = process.env.E2E_DATABASE ?? `${PREFIX}${process.pid}_${randomSuffix(8)}`;
const url = databaseUrl(adminUrl, database);
let created = false;
let current: ChildProcess | undefined;
let shuttingDown: Promise<never> | undefined;

function step(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: "inherit", env: { ...process.env, ...QUIET_ENV, ...env } });
    current = child;
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      current = undefined;
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 8_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function shutdown(exitCode: number): Promise<never> {
  shuttingDown ??= (async () => {
    if (current) await stopChild(current);
    if (created) {
      await withClient(adminUrl, (client) => dropDatabase(client, database)).then(
        () => log(`dropped database ${database}`),
        (error: unknown) => console.error(`[e2e-server] could not drop ${database}:`, error),
      );
    }
    process.exit(exitCode);
  })();
  return shuttingDown;
}

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
  process.on(signal, () => void shutdown(0));
}

try {
  await withClient(adminUrl, async (client) => {
    const orphans = await dropOrphans(client, PREFIX);
    if (orphans.length) log(`dropped ${orphans.length} database(s) left by dead runs`);
    await createDatabase(client, database);
    created = true;
  });
  log(`database ${database}: migrating`);
  await step(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: url });
  log("seeding demo data");
  await step(bin("tsx"), DEMO_SEED_ARGS, { DATABASE_URL: url });

  if (isBuildStale()) {
    log("build is missing or older than the sources: prisma generate && next build");
    await step(bin("prisma"), ["generate"]);
    await step(bin("next"), ["build"]);
  } else {
    log("reusing the existing .next build");
  }

  log(`serving on http://${HOST}:${PORT}`);
  const server = spawn(...appServerCommand(REPO_ROOT, PORT, HOST), {
    cwd: REPO_ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      ...QUIET_ENV,
      DATABASE_URL: url,
      NEXTAUTH_URL: `http://${HOST}:${PORT}`,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      E2E: "1",
      NODE_ENV: "production",
    },
  });
  current = server;
  server.on("exit", (code, signal) => {
    current = undefined;
    if (!shuttingDown) {
      console.error(`[e2e-server] the app server exited with ${signal ?? code}`);
      void shutdown(code || 1);
    }
  });
} catch (error) {
  console.error("[e2e-server]", error instanceof Error ? error.message : error);
  await shutdown(1);
}
