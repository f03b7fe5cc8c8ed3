// Small PostgreSQL administration helpers shared by the test harness
// (tests/integration/*, scripts/e2e-server.ts, scripts/test.ts).
// Plain node-postgres; no app code, so it runs under tsx, Vitest and Playwright alike.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");

/** Env every child process gets: no telemetry, no update checks. */
export const QUIET_ENV = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" } as const;

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Throws unless the URL points at a PostgreSQL server on this machine (we create and drop databases there). */
export function assertLocalDatabaseUrl(url: string | undefined, what = "DATABASE_URL"): string {
  if (!url) throw new Error(`${what} is not set`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${what} is not a valid URL`);
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error(`${what} must be a postgresql:// URL`);
  const socketHost = parsed.searchParams.get("host");
  const local = LOCAL_HOSTS.has(parsed.hostname) || (parsed.hostname === "" && !!socketHost?.startsWith("/"));
  if (!local) {
    throw new Error(
      `${what} points at "${parsed.hostname}"; the test harness creates and drops databases, so it only runs against localhost/127.0.0.1/::1`,
    );
  }
  return url;
}

/** The same server and credentials, another database. Keeps query parameters. */
export function databaseUrl(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  // A server-side termination must not crash the process through an unhandled 'error' event.
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function databaseExists(client: pg.Client, name: string): Promise<boolean> {
  const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  return (result.rowCount ?? 0) > 0;
}

/** Databases whose name starts with `prefix` (taken literally: `_` and `%` are escaped). */
export async function listDatabases(client: pg.Client, prefix: string): Promise<string[]> {
  const pattern = prefix.replace(/[\\%_]/g, (char) => `\\${char}`) + "%";
  const result = await client.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname",
    [pattern],
  );
  return result.rows.map((row) => row.datname);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries on 55006 object_in_use (e.g. a template still has a closing backend attached). */
async function retryInUse<T>(fn: () => Promise<T>, attempts = 20): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || attempt >= attempts) throw error;
      await sleep(150 * attempt);
    }
  }
}

export async function createDatabase(client: pg.Client, name: string, template?: string): Promise<void> {
  const sql = `CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ""}`;
  await retryInUse(() => client.query(sql));
}

export async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  // A template cannot be dropped; clear the flag first (no-op for ordinary databases).
  if (await databaseExists(client, name)) {
    await client.query(`ALTER DATABASE ${quoteIdent(name)} WITH IS_TEMPLATE false`).catch(() => {});
  }
  await retryInUse(() => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

export async function renameDatabase(client: pg.Client, from: string, to: string): Promise<void> {
  await retryInUse(() => client.query(`ALTER DATABASE ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`));
}

/** Runs a command from the repo root, output passed through; rejects on a non-zero exit. */
export function run(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      stdio: "inherit",
      env: { ...process.env, ...QUIET_ENV, ...env },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`));
    });
  });
}

export const bin = (name: string) => path.join(REPO_ROOT, "node_modules", ".bin", name);

/** `prisma migrate deploy` against the given database (offline shim is wired in prisma.config.ts). */
export function migrateDeploy(url: string): Promise<void> {
  return run(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: url });
}

/** True if a process with this pid is alive on this machine. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Drops databases named `<prefix><pid>_…` whose creating process is gone (crashed or killed runs). */
export async function dropOrphans(client: pg.Client, prefix: string): Promise<string[]> {
  const dropped: string[] = [];
  // A run in another PID namespace (a container sharing this server) has pids we cannot see;
  // a database somebody is connected to is in use whatever its pid says.
  const inUse = await client.query<{ datname: string }>("SELECT DISTINCT datname FROM pg_stat_activity WHERE datname IS NOT NULL");
  const connected = new Set(inUse.rows.map((row) => row.datname));
  for (const name of await listDatabases(client, prefix)) {
    const pid = Number(name.slice(prefix.length).split("_")[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pidAlive(pid) || connected.has(name)) continue;
    await dropDatabase(client, name).then(
      () => dropped.push(name),
      () => {},
    );
  }
  return dropped;
}

export function randomSuffix(length = 8): string {
  return Array.from({ length }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(Math.random() * 36)]).join("");
}
