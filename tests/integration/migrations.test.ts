// The migrations and the offline schema-engine shim (prisma/engine/schema-engine.mjs),
// driven through the real Prisma CLI. A Prisma upgrade that changes the CLI <-> engine
// protocol shows up here first. See docs/decisions/001-prisma-engine-shim.md.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PRISMA_BIN = path.join(REPO_ROOT, "node_modules", ".bin", "prisma");
const MIGRATIONS_DIR = path.join(REPO_ROOT, "prisma", "migrations");
const SCHEMA = path.join(REPO_ROOT, "prisma", "schema");
const TIMEOUT = 120_000;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function serverUrl(): URL {
  const raw = process.env.DATABASE_URL;
  if (!raw) throw new Error("DATABASE_URL must point at a local PostgreSQL server whose role may CREATE DATABASE");
  const url = new URL(raw);
  if (!LOCAL_HOSTS.has(url.hostname)) {
    throw new Error(`Refusing to create and drop databases on non-local host ${url.hostname}`);
  }
  return url;
}

function urlFor(database: string): string {
  const url = serverUrl();
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function prisma(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    ...env,
  };
  // Exercise the engine prisma.config.ts selects, not one from the caller's shell.
  delete childEnv.PRISMA_SCHEMA_ENGINE_BINARY;
  return new Promise((resolve, reject) => {
    const child = spawn(PRISMA_BIN, args, { cwd: REPO_ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT - 10_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const database = `partydesk_migtest_${process.pid}_${randomBytes(5).toString("hex")}`;
let databaseUrl = "";
const tempDirs: string[] = [];

describe("migrations through the offline schema-engine shim", () => {
  beforeAll(async () => {
    const adminUrl = serverUrl().toString();
    await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${database}"`));
    databaseUrl = urlFor(database);
  }, TIMEOUT);

  afterAll(async () => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
    await withClient(serverUrl().toString(), (client) =>
      client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
    );
  }, TIMEOUT);

  it("the CLI uses the shim", async () => {
    const result = await prisma(["version"], { DATABASE_URL: databaseUrl });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Schema Engine\s*:.*prisma\/engine\/schema-engine\.mjs, resolved by PRISMA_SCHEMA_ENGINE_BINARY/);
  }, TIMEOUT);

  it("migrate deploy applies every migration to an empty database", async () => {
    const result = await prisma(["migrate", "deploy"], { DATABASE_URL: databaseUrl });
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);

    const migrationNames = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    await withClient(databaseUrl, async (client) => {
      const tables = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      expect(tables.rows.map((row) => row.table_name)).toEqual(
        expect.arrayContaining([
          "Organ",
          "OrgUnit",
          "Member",
          "Membership",
          "BranchPost",
          "User",
          "UserSession",
          "AuditLog",
          "_prisma_migrations",
        ]),
      );
      const applied = await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations"
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      );
      expect(applied.rows.map((row) => row.migration_name)).toEqual(migrationNames);
    });
  }, TIMEOUT);

  it("the migrations produce exactly the Prisma schema (no drift)", async () => {
    // Replays the migrations in a shadow database, so this also covers the shim's shadow handling.
    const fromMigrations = await prisma(
      ["migrate", "diff", "--from-migrations", MIGRATIONS_DIR, "--to-schema", SCHEMA, "--exit-code"],
      { DATABASE_URL: databaseUrl },
    );
    expect(fromMigrations.code, `${fromMigrations.stdout}\n${fromMigrations.stderr}`).toBe(0);

    // Introspects the deployed database, CHECK constraints and triggers included.
    const fromDatabase = await prisma(
      ["migrate", "diff", "--from-config-datasource", "--to-schema", SCHEMA, "--exit-code"],
      { DATABASE_URL: databaseUrl },
    );
    expect(fromDatabase.code, `${fromDatabase.stdout}\n${fromDatabase.stderr}`).toBe(0);
  }, TIMEOUT);

  it("AuditLog rejects UPDATE, DELETE and TRUNCATE", async () => {
    await withClient(databaseUrl, async (client) => {
      await client.query(`INSERT INTO "AuditLog" ("action", "entity") VALUES ('test.append', 'Test')`);
      await expect(client.query(`UPDATE "AuditLog" SET "action" = 'changed'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
      await expect(client.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
      const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "AuditLog"`);
      expect(Number(count.rows[0].n)).toBe(1);
    });
  }, TIMEOUT);

  it("a SECRETARY must have a branch and no other role may", async () => {
    await withClient(databaseUrl, async (client) => {
      const insertUser = (id: string, role: string) =>
        client.query(
          `INSERT INTO "User" ("id", "username", "displayName", "role", "passwordHash", "updatedAt")
           VALUES ($1, $1, $1, $2::"Role", 'x', now())`,
          [id, role],
        );
      await expect(insertUser("sec-without-branch", "SECRETARY")).rejects.toThrow(/User_secretary_has_branch/);
      await expect(insertUser("leader-ok", "LEADER")).resolves.toBeDefined();
    });
  }, TIMEOUT);

  describe("engine failures make the CLI exit non-zero", () => {
    it("unreachable database (the shim's `cli` path)", async () => {
      const port = await closedPort();
      const result = await prisma(["migrate", "deploy"], {
        DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/unreachable`,
      });
      expect(result.code).not.toBe(0);
      expect(`${result.stdout}\n${result.stderr}`).toMatch(/P1001/);
    }, TIMEOUT);

    it("a migration that fails in the shadow database (the JSON-RPC path)", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "partydesk-broken-migrations-"));
      tempDirs.push(dir);
      mkdirSync(path.join(dir, "20000101000000_broken"));
      writeFileSync(path.join(dir, "20000101000000_broken", "migration.sql"), "THIS IS NOT SQL;\n");
      writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
      const result = await prisma(["migrate", "diff", "--from-migrations", dir, "--to-schema", SCHEMA, "--exit-code"], {
        DATABASE_URL: databaseUrl,
      });
      expect(result.code).not.toBe(0);
      expect(result.code).not.toBe(2); // 2 would mean "diff found", i.e. the failure went unnoticed.
      expect(`${result.stdout}\n${result.stderr}`).toMatch(/P3006/);
    }, TIMEOUT);

    it("an engine panic", async () => {
      // The CLI swaps every engine request for `debugPanic` when this is set.
      const result = await prisma(["migrate", "diff", "--from-empty", "--to-schema", SCHEMA], {
        DATABASE_URL: databaseUrl,
        FORCE_PANIC_SCHEMA_ENGINE: "1",
      });
      expect(result.code).not.toBe(0);
      expect(`${result.stdout}\n${result.stderr}`).toMatch(/panic/i);
    }, TIMEOUT);
  });
});
