// What the benchmarks and the scale-out demo run against: a PostgreSQL server (DATABASE_URL's, or
// an embedded one kept in .data/bench-pg so the large database survives between runs), databases
// on it, and production app server processes (server/main.ts) of the current build.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { appServerCommand } from "../lib/app-server";
import { isBuildStale } from "../lib/build";
import { DEMO_SEED_ARGS } from "../lib/seed";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { waitForHttp } from "../lib/net";
import {
  QUIET_ENV,
  REPO_ROOT,
  assertLocalDatabaseUrl,
  bin,
  createDatabase,
  databaseExists,
  databaseUrl,
  dropDatabase,
  dropOrphans,
  migrateDeploy,
  randomSuffix,
  renameDatabase,
  run,
  withClient,
} from "../lib/pg-admin";

export const log = (message: string) => console.log(`[bench] ${message}`);

/** Database names start with this (BENCH_DB_PREFIX lets checkouts sharing one server keep apart). */
const PREFIX = process.env.BENCH_DB_PREFIX ?? "partydesk_bench_";
/** A data set of `npm run seed:large`, seeded once (it takes minutes) and kept between runs: its name after the prefix, and the flags it is seeded with. */
export interface LargeDataSet {
  suffix: string;
  flags: readonly string[];
}
/** The large data set of the dashboard and the pages: seed:large's defaults (200 branches, 5 years, about a million records). */
const LARGE_DATA_SET: LargeDataSet = { suffix: "large", flags: [] };
const SEEDING_PREFIX = `${PREFIX}seeding_`;
const RUN_PREFIX = `${PREFIX}run_`;

export interface DatabaseServer {
  /** URL of the server's `postgres` database, for creating and dropping others. */
  adminUrl: string;
  version: string;
  stop(): Promise<void>;
}

/** The DATABASE_URL server (local only: databases are created and dropped), else an embedded one. */
export async function provideServer(): Promise<DatabaseServer> {
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    adminUrl = databaseUrl(assertLocalDatabaseUrl(process.env.DATABASE_URL), "postgres");
  } else {
    log("DATABASE_URL is not set: embedded PostgreSQL in .data/bench-pg");
    const server = await startEmbeddedPostgres({ dataDir: path.join(REPO_ROOT, ".data", "bench-pg"), database: "postgres", handleSignals: false, log });
    adminUrl = server.url("postgres");
    stop = () => server.stop();
  }
  const version = await withClient(adminUrl, async (client) => (await client.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version);
  return { adminUrl, version, stop };
}

export interface Database {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh migrated database with the demo organ, dropped by `drop()` (or by a later run if this one dies). */
export async function demoDatabase(server: DatabaseServer): Promise<Database> {
  const name = `${RUN_PREFIX}${process.pid}_${randomSuffix(6)}`;
  await withClient(server.adminUrl, async (client) => {
    await dropOrphans(client, RUN_PREFIX);
    await createDatabase(client, name);
  });
  const url = databaseUrl(server.adminUrl, name);
  log(`database ${name}: migrating and seeding the demo organ`);
  await migrateDeploy(url);
  await run(bin("tsx"), DEMO_SEED_ARGS, { DATABASE_URL: url });
  return { name, url, drop: () => withClient(server.adminUrl, (client) => dropDatabase(client, name)) };
}

export function hasNpmScript(name: string): boolean {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> };
  return Boolean(pkg.scripts?.[name]);
}

export type LargeDatabase = { url: string } | { missing: string };

/**
 * The large database (`npm run seed:large`, or another kept data set of it): reused when present,
 * else seeded under a temporary name and renamed when complete, so an interrupted seed never
 * passes for a finished one.
 */
export async function largeDatabase(server: Pick<DatabaseServer, "adminUrl">, dataSet: LargeDataSet = LARGE_DATA_SET): Promise<LargeDatabase> {
  const name = `${PREFIX}${dataSet.suffix}`;
  const exists = await withClient(server.adminUrl, (client) => databaseExists(client, name));
  if (!exists) {
    if (!hasNpmScript("seed:large")) return { missing: "no large database and no `npm run seed:large` in this checkout" };
    const seeding = `${SEEDING_PREFIX}${process.pid}_${randomSuffix(6)}`;
    await withClient(server.adminUrl, async (client) => {
      await dropOrphans(client, SEEDING_PREFIX);
      await createDatabase(client, seeding);
    });
    log(`${name} missing: ${["npm run seed:large", ...dataSet.flags].join(" ")} into ${seeding} (takes minutes, once)`);
    try {
      // seed:large creates, migrates and fills the database it is named on the admin server.
      await run("npm", ["run", "seed:large", "--", "--database", seeding, ...dataSet.flags, "--force"], { DATABASE_URL: server.adminUrl });
    } catch (error) {
      await withClient(server.adminUrl, (client) => dropDatabase(client, seeding));
      throw error;
    }
    await withClient(server.adminUrl, (client) => renameDatabase(client, seeding, name));
  }
  const url = databaseUrl(server.adminUrl, name);
  // A kept database may predate newer migrations.
  await migrateDeploy(url);
  return { url };
}

export async function ensureBuild(): Promise<void> {
  if (!isBuildStale()) return log("reusing the existing .next build");
  log("build is missing or older than the sources: prisma generate && next build");
  await run(bin("prisma"), ["generate"]);
  await run(bin("next"), ["build"]);
}

export interface AppOptions {
  port: number;
  databaseUrl: string;
  /** Instances behind one balancer share the secret (and the public URL) so a session cookie works on each. */
  secret?: string;
  publicUrl?: string;
  env?: Record<string, string>;
  /** Output of the app server goes here line by line (default: dropped). */
  onOutput?: (line: string) => void;
}

export interface App {
  base: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The app server of the current build on 127.0.0.1:port, resolved once /login answers 200. */
export async function startApp(options: AppOptions): Promise<App> {
  const base = `http://127.0.0.1:${options.port}`;
  const child = spawn(...appServerCommand(REPO_ROOT, options.port, "127.0.0.1"), {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...QUIET_ENV,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_URL: options.publicUrl ?? base,
      NEXTAUTH_SECRET: options.secret ?? randomBytes(32).toString("base64url"),
      // Every benchmark request comes from 127.0.0.1; the per-address sign-in limit would refuse them.
      LOGIN_THROTTLE_ALLOWLIST: "127.0.0.1",
      NODE_ENV: "production",
      ...options.env,
    },
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      for (const line of chunk.split("\n")) if (line.trim()) options.onOutput?.(line);
    });
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill("SIGKILL"), 8_000);
      child.once("exit", () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill("SIGTERM");
    });
  try {
    await waitForHttp(`${base}/login`, {
      timeoutMs: 120_000,
      accept: (response) => response.status === 200,
      abortReason: () => (child.exitCode !== null ? `the app server exited with ${child.exitCode}` : undefined),
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, child, stop };
}

export interface Machine {
  cores: number;
  memoryGiB: number;
  cpu: string;
  os: string;
  node: string;
  postgres: string;
  next: string;
  loadAverage: number[];
}

export function describeMachine(postgres: string): Machine {
  const nextVersion = (JSON.parse(readFileSync(path.join(REPO_ROOT, "node_modules", "next", "package.json"), "utf8")) as { version: string }).version;
  return {
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    cpu: os.cpus()[0]?.model ?? "unknown",
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres,
    next: nextVersion,
    loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

/** The commit measured (a dirty tree is marked so figures are never credited to a clean commit). */
export function currentCommit(): string {
  try {
    const head = execFileSync("git", ["-C", REPO_ROOT, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["-C", REPO_ROOT, "status", "--porcelain"], { encoding: "utf8" }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return existsSync(path.join(REPO_ROOT, ".git")) ? "unknown" : "not a git checkout";
  }
}
