// `npm run smoke` (not part of CI): proves the front door works on a fresh
// clone. Clones the current HEAD (uncommitted work is deliberately not
// included) into a temp dir, runs `npm install` and `npm start` there with no
// DATABASE_URL, waits for /login, signs in as a demo user through next-auth's
// credentials flow and checks that `/` then renders instead of redirecting.
// Everything it started is stopped and the temp dir removed. Exit code 0 = pass.
//
//   SMOKE_PASSWORD  password for `party-office` (default: the demo password)
//   SMOKE_KEEP=1    keep the temp dir for inspection
import type { ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { cloneHead, freshEnv } from "./lib/fresh-clone";
import { freePort, waitForHttp } from "./lib/net";
import { groupAlive, killGroup, run, startChild, stopChildren } from "./lib/process";
import { signInOverHttp } from "./lib/http-session";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const START_TIMEOUT_MS = 8 * 60_000; // npm start on a fresh clone includes next build
const USERNAME = "party-office";
const PASSWORD = process.env.SMOKE_PASSWORD || "Demo@2026";

const timings: [string, number][] = [];
let workDir: string | undefined;
let app: ChildProcess | undefined;

async function main(): Promise<void> {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), "partydesk-smoke-"));
  // mkdtemp creates it 0700; run as root, the embedded PostgreSQL runs as the
  // `postgres` user, which must be able to reach .data/pg inside it.
  await fs.chmod(workDir, 0o755);
  const appDir = path.join(workDir, "app");

  await timed("clone", async () => console.log(`  HEAD ${await cloneHead(ROOT, appDir)} (uncommitted changes are not part of the smoke test)`));
  await timed("npm install", () => run("npm", ["install"], { cwd: appDir, env: freshEnv() }));

  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  step(`npm start (PORT=${port})`);
  app = startChild("npm", ["start"], {
    cwd: appDir,
    env: { ...freshEnv(), PORT: String(port) },
    detached: true, // its own process group, so cleanup reaches npm, tsx, next and postgres
    stdio: ["ignore", "pipe", "pipe"],
  });
  echoPrefixed(app);
  const started = app;
  await timed("start → /login 200", () =>
    waitForHttp(`${baseUrl}/login`, {
      timeoutMs: START_TIMEOUT_MS,
      intervalMs: 1000,
      accept: (response) => response.status === 200,
      abortReason: () =>
        started.exitCode !== null || started.signalCode !== null
          ? `npm start exited (${started.signalCode ?? `code ${started.exitCode}`})`
          : undefined,
    }),
  );

  await timed("sign in", () => checkSignIn(baseUrl));
}

/** Signs in like the browser does, then loads `/`: without a valid session the app redirects it to /login. */
async function checkSignIn(baseUrl: string): Promise<void> {
  const jar = await signInOverHttp(baseUrl, USERNAME, PASSWORD);
  const home = await fetch(`${baseUrl}/`, { headers: { cookie: jar.header() }, redirect: "manual" });
  await home.body?.cancel();
  const location = home.headers.get("location") ?? "";
  if (home.status !== 200) {
    throw new Error(`GET / with the session answered ${home.status}${location ? ` → ${location}` : ""}`);
  }
  console.log(`  signed in as ${USERNAME}; GET / → 200`);
}

// ---------------------------------------------------------------------------
// Cleanup

/** Stops the whole `npm start` process group: politely, then by force. */
async function stopApp(): Promise<void> {
  if (!app || !groupAlive(app)) return;
  step("stopping npm start");
  killGroup(app, "SIGTERM");
  if (await groupGone(app, 30_000)) return;
  console.log("  still running after 30 s: SIGKILL");
  killGroup(app, "SIGKILL");
  await groupGone(app, 5_000);
}

async function groupGone(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (groupAlive(child)) {
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
  return true;
}

async function cleanUp(): Promise<void> {
  await stopApp();
  await stopChildren("SIGTERM", 10_000); // e.g. an interrupted git clone or npm install
  if (!workDir) return;
  if (process.env.SMOKE_KEEP === "1") return console.log(`  kept ${workDir}`);
  await fs.rm(workDir, { recursive: true, force: true, maxRetries: 3 });
}

// ---------------------------------------------------------------------------
// Output

function echoPrefixed(child: ChildProcess): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) readline.createInterface({ input: stream }).on("line", (line) => console.log(`  │ ${line}`));
  }
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  step(label);
  const begun = Date.now();
  const result = await work();
  timings.push([label, Date.now() - begun]);
  return result;
}

function step(label: string): void {
  console.log(`\n▶ smoke: ${label}`);
}

function summary(): void {
  for (const [label, ms] of timings) console.log(`  ${label.padEnd(22)} ${(ms / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------

let finished = false;
async function finish(error?: unknown): Promise<never> {
  if (finished) return new Promise<never>(() => {});
  finished = true;
  await cleanUp().catch((cleanupError: unknown) => console.error("  cleanup failed:", cleanupError));
  console.log("\nTimings:");
  summary();
  if (error === undefined) {
    console.log("\nSMOKE PASS ✔");
    process.exit(0);
  }
  console.log(`\nSMOKE FAIL ✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// The app runs in its own process group, so Ctrl+C does not reach it: stop it here.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => void finish(new Error(`interrupted by ${signal}`)));
}
main().then(() => finish(), finish);
