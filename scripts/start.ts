// The front door: `npm start` (production server) and `npm run dev` (--dev).
//
// On a fresh clone with no database and no environment this generates the
// Prisma client, starts an embedded PostgreSQL in .data/pg, migrates, seeds
// demo data, builds the app when sources changed and serves it on
// http://localhost:3000 (PORT overrides). With DATABASE_URL set it uses that
// database and seeds nothing unless DEMO=1. Ctrl+C stops the app first and the
// database last.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ChildProcess } from "node:child_process";
import { appServerCommand } from "./lib/app-server";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { isBuildStale, newestMtime } from "./lib/build";
import { isPortFree, waitForHttp } from "./lib/net";
import { exitOf, localBin, run, startChild, stopChildren } from "./lib/process";
import { DEMO_SEED_ARGS } from "./lib/seed";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
loadEnvFiles(); // before anything below reads process.env
const DATA_DIR = path.join(ROOT, ".data");
const DEV = process.argv.includes("--dev");
const PORT = parsePort(process.env.PORT || "3000");
const APP_URL = `http://localhost:${PORT}`;
const SEED_SCRIPT = path.join(ROOT, "prisma", "seed", "demo.ts");
const PRISMA_CLIENT = path.join(ROOT, "lib", "generated", "prisma", "client.ts");

let database: EmbeddedPostgres | undefined;
let shutdownStartedAt: number | undefined;

async function main(): Promise<void> {
  installShutdownHandlers();
  prepareEnvironment();
  await assertPortFree();
  await generatePrismaClient();
  await provideDatabase();
  await provideAuthSettings();
  await migrate();
  const seedOutput = await seedDemoData();
  if (!DEV) await buildIfStale();
  await serve(seedOutput);
}

// ---------------------------------------------------------------------------
// Steps

function prepareEnvironment(): void {
  step("准备环境", "Preparing environment");
  // Children inherit process.env. Both tools otherwise phone home, which is
  // slow or failing offline and never wanted from a start script.
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.CHECKPOINT_DISABLE = "1";
  process.env.PORT = String(PORT);
}

/** Fail in a second rather than after a long build when the port is taken. */
async function assertPortFree(): Promise<void> {
  if (!(await isPortFree(PORT))) {
    throw new Error(`端口 ${PORT} 已被占用 / port ${PORT} is already in use: stop the other server or set PORT`);
  }
}

async function generatePrismaClient(): Promise<void> {
  step("生成 Prisma 客户端", "Generating Prisma client");
  if (!(await prismaClientIsStale())) return note("已是最新，跳过 / up to date, skipped");
  // Runs before the database exists: prisma.config.ts lets generate go without DATABASE_URL.
  await timed(() => run(localBin(ROOT, "prisma"), ["generate"], { cwd: ROOT }));
}

async function provideDatabase(): Promise<void> {
  if (process.env.DATABASE_URL) {
    step("使用已配置的数据库", "Using the database from DATABASE_URL");
    return note(redact(process.env.DATABASE_URL));
  }
  step("启动内置 PostgreSQL", "Starting embedded PostgreSQL (.data/pg)");
  database = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "pg"),
    handleSignals: false, // we stop it ourselves, after the app
    log: note,
  });
  process.env.DATABASE_URL = database.url();
  // A throwaway local database is for trying the app out: fill it with demo
  // data unless the user explicitly asked for none (DEMO=0).
  process.env.DEMO ||= "1";
}

/**
 * next-auth needs a secret in production. A random one persisted in
 * .data/secret keeps sessions valid across restarts without any setup.
 */
async function provideAuthSettings(): Promise<void> {
  if (!process.env.NEXTAUTH_SECRET) {
    process.env.NEXTAUTH_SECRET = await persistentSecret(path.join(DATA_DIR, "secret"));
  }
  process.env.NEXTAUTH_URL ||= APP_URL;
}

async function migrate(): Promise<void> {
  step("数据库迁移", "Applying migrations (prisma migrate deploy)");
  await timed(() => run(localBin(ROOT, "prisma"), ["migrate", "deploy"], { cwd: ROOT }));
}

/** Returns the seed's output (it prints the demo accounts) to repeat once the app is up. */
async function seedDemoData(): Promise<string> {
  step("演示数据", "Demo data");
  if (process.env.DEMO !== "1") {
    note("未设置 DEMO=1，跳过 / DEMO is not 1, skipped");
    return "";
  }
  if (!existsSync(SEED_SCRIPT)) {
    warn("prisma/seed/demo.ts 尚不存在，跳过 / does not exist yet, skipped");
    return "";
  }
  // The seed is idempotent, so running it on every start is safe.
  return timed(() => run(localBin(ROOT, "tsx"), DEMO_SEED_ARGS, { cwd: ROOT, captureStdout: true }));
}

async function buildIfStale(): Promise<void> {
  step("构建应用", "Building the app (next build)");
  // Shared with scripts/e2e-server.ts: BUILD_ID older than any source, or missing.
  if (!isBuildStale(ROOT)) return note("已是最新，跳过 / up to date, skipped");
  await timed(() => run(localBin(ROOT, "next"), ["build"], { cwd: ROOT }));
}

/** Runs the server until it exits or we are signalled. */
async function serve(seedOutput: string): Promise<void> {
  step(DEV ? "启动开发服务器" : "启动服务", DEV ? "Starting next dev" : "Starting the app server");
  const [command, args] = DEV ? [localBin(ROOT, "next"), ["dev", "-p", String(PORT)]] : appServerCommand(ROOT, PORT);
  const server = startChild(command, args, { cwd: ROOT });
  announceWhenReady(server, seedOutput);

  const { code, signal, error } = await exitOf(server);
  if (shutdownStartedAt !== undefined) return; // the signal handler owns the exit
  shutdownStartedAt = Date.now();
  warn(`Next 已退出 / Next exited (${error?.message ?? signal ?? `code ${code}`})`);
  await database?.stop();
  process.exit(code ?? 1);
}

function announceWhenReady(server: ChildProcess, seedOutput: string): void {
  const begun = Date.now();
  waitForHttp(`${APP_URL}/`, {
    timeoutMs: 10 * 60_000,
    abortReason: () => (server.exitCode !== null || server.signalCode !== null ? "server exited" : undefined),
  }).then(
    (response) => {
      void response.body?.cancel();
      console.log(`\n✔ 党建工作台已就绪 / Ready in ${seconds(Date.now() - begun)}: ${APP_URL}`);
      // The seed printed the demo accounts before the build output; repeat them here.
      const accounts = seedOutput.trim().split("\n").slice(-40).join("\n");
      if (accounts) console.log(`\n${accounts}`);
      console.log("\n按 Ctrl+C 停止 / Press Ctrl+C to stop\n");
    },
    (error: Error) => {
      if (shutdownStartedAt === undefined) warn(error.message);
    },
  );
}

// ---------------------------------------------------------------------------
// Shutdown

/**
 * Signals stop the children first (they hold database connections), then the
 * database. npm and tsx relay signals too, so the same signal often arrives
 * twice in a row; only a repeat after a pause forces the children down.
 */
function installShutdownHandlers(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (shutdownStartedAt === undefined) return void shutdown(signal);
      if (Date.now() - shutdownStartedAt > 2000) {
        warn("强制停止 / forcing children to stop");
        void stopChildren("SIGKILL", 0);
      }
    });
  }
}

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  shutdownStartedAt = Date.now();
  console.log(`\n■ 正在停止 / Stopping (${signal})…`);
  // SIGHUP means the terminal is gone; the children get a plain SIGTERM.
  await stopChildren(signal === "SIGHUP" ? "SIGTERM" : signal, 15_000);
  await database?.stop();
  process.exit(128 + os.constants.signals[signal]);
}

async function fail(error: unknown): Promise<never> {
  // A failure caused by our own shutdown (a killed child) is not news.
  if (shutdownStartedAt !== undefined) return new Promise<never>(() => {});
  shutdownStartedAt = Date.now();
  console.error(`\n✖ 启动失败 / Start failed: ${error instanceof Error ? error.message : String(error)}`);
  await stopChildren("SIGTERM", 5_000);
  await database?.stop();
  process.exit(1);
}

// ---------------------------------------------------------------------------
// Helpers

/**
 * Next reads .env files only inside the app, but this script decides things
 * earlier (embedded database or not) and runs the Prisma CLI, which reads
 * none. Load them here so every step sees the same settings. Variables
 * already in the environment win, as with Next.
 */
function loadEnvFiles(): void {
  for (const name of [".env.local", ".env"]) {
    const file = path.join(ROOT, name);
    if (existsSync(file)) process.loadEnvFile(file);
  }
}

/**
 * The generated client is stale when it is missing or older than the schema
 * (the prisma/schema/ folder, or a single prisma/schema.prisma).
 */
async function prismaClientIsStale(): Promise<boolean> {
  const client = await fs.stat(PRISMA_CLIENT).then((stat) => stat.mtimeMs, () => undefined);
  const schema = Math.max(newestMtime("prisma/schema", ROOT), newestMtime("prisma/schema.prisma", ROOT));
  return client === undefined || schema > client;
}

/** Reads the secret from `file`, creating it (mode 0600) on first use. */
async function persistentSecret(file: string): Promise<string> {
  const existing = (await fs.readFile(file, "utf8").catch(() => "")).trim();
  if (existing) return existing;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    await fs.writeFile(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    // Another start created it (or it was empty): use whatever is there now.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const now = (await fs.readFile(file, "utf8")).trim();
    if (now) return now;
    await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (Number.isInteger(port) && port >= 1 && port <= 65535) return port;
  console.error(`✖ PORT 必须是 1-65535 / PORT must be 1-65535, got "${value}"`);
  process.exit(1);
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

async function timed<T>(work: () => Promise<T>): Promise<T> {
  const begun = Date.now();
  const result = await work();
  note(`完成 / done in ${seconds(Date.now() - begun)}`);
  return result;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function step(zh: string, en: string): void {
  console.log(`\n▶ ${zh} / ${en}`);
}

function note(message: string): void {
  console.log(`  ${message}`);
}

function warn(message: string): void {
  console.warn(`  ⚠ ${message}`);
}

main().catch(fail);
