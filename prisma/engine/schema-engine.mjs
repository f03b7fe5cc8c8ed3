#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI would
// otherwise download from the internet (this project must work offline).
// The CLI finds this file through PRISMA_SCHEMA_ENGINE_BINARY (see
// prisma.config.ts) and talks to it exactly as it would to the binary; we
// answer with Prisma's own WebAssembly build of the same engine
// (@prisma/schema-engine-wasm) running on @prisma/adapter-pg.
// Background and upgrade procedure: docs/decisions/001-prisma-engine-shim.md

import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

const SHADOW_DB_PREFIX = "prisma_shim_shadow_";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

// ---------------------------------------------------------------------------
// Logging. The CLI reads stderr as one JSON object per line (the native
// engine's tracing format) and keeps `fields.message` of ERROR lines.

function log(level, fields, target = "schema_engine_shim") {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target })}\n`);
}

let lastPanicMessage;
// The wasm build reports the text of a Rust panic through this global, then
// traps with a bare "unreachable".
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanicMessage = message;
  },
};

function describeError(error) {
  if (error instanceof WebAssembly.RuntimeError) {
    return `Schema engine (wasm) panicked: ${lastPanicMessage ?? error.message}`;
  }
  return String(error?.message ?? error);
}

// Until the JSON-RPC server is up, an unexpected error simply ends the
// process (101 is what the CLI treats as an engine crash). The server
// replaces this handler: see onFatal() there for why it must not exit.
let onUnexpectedError = (error) => {
  log("ERROR", { message: describeError(error), backtrace: error?.stack ?? "" });
  process.exit(101);
};
process.on("uncaughtException", (error) => onUnexpectedError(error));
process.on("unhandledRejection", (error) => onUnexpectedError(error));

// ---------------------------------------------------------------------------
// Command line, as the CLI builds it:
//   --version
//   --datasource <json> cli <can-connect-to-database|create-database|drop-database>
//   [--datamodels <file>]... [--datasource <json>] [--enabled-preview-features a,b]
//   [--extension-types <json>]                       (then JSON-RPC on stdin)

function parseArgs(args) {
  const parsed = { datamodels: [], datasource: undefined, version: false, cliCommand: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--version" || arg === "-V") parsed.version = true;
    else if (arg === "--datamodels") parsed.datamodels.push(args[++i]);
    else if (arg === "--datasource") parsed.datasource = JSON.parse(args[++i]);
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++; // The wasm engine takes neither.
    else if (arg === "cli") parsed.cliCommand = args[++i];
  }
  return parsed;
}

// ---------------------------------------------------------------------------
// PostgreSQL plumbing shared by both modes.

const pg = require("pg");
// The parser pg itself uses, resolved from pg so both agree on every option.
const { parseIntoClientConfig } = createRequire(require.resolve("pg"))("pg-connection-string");

// Separate connection fields, never `connectionString`: pg lets a
// connectionString override an explicit `database`, which would silently
// point the shadow connection back at the main database.
function connectionFields(url, database) {
  const fields = parseIntoClientConfig(url);
  delete fields.schema; // Prisma's own URL parameter, meaningless to PostgreSQL.
  return database === undefined ? fields : { ...fields, database };
}

function schemaParamOf(url) {
  try {
    return new URL(url).searchParams.get("schema") ?? undefined;
  } catch {
    return undefined;
  }
}

function quoteIdent(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

async function withClient(fields, fn) {
  const client = new pg.Client(fields);
  client.on("error", () => {}); // A dropped idle connection must not take the process down.
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

// adapter-pg has no mapping for the catalog type "char" (OID 18) and rejects
// any result containing it, but the engine's introspection reads such
// columns (pg_constraint.contype, pg_class.relkind, ...) and expects them as
// the Character column type. pg hands us the value as a one-letter string;
// we relabel the field as text so adapter-pg accepts it, remember which
// columns they were (keyed by the rows array, which adapter-pg passes through
// unchanged), and restore the Character type in queryRaw's answer.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const charColumnsByRows = new WeakMap();

function relabelCharFields(result) {
  for (const r of Array.isArray(result) ? result : [result]) {
    const charColumns = [];
    (r?.fields ?? []).forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        charColumns.push(index);
      }
    });
    if (charColumns.length && r.rows) charColumnsByRows.set(r.rows, charColumns);
  }
  return result;
}

class CatalogCharClient extends pg.Client {
  query(config, values, callback) {
    if (typeof values === "function") {
      callback = values;
      values = undefined;
    }
    if (config && typeof config.submit === "function") return super.query(config, values, callback);
    if (typeof callback === "function") {
      return super.query(config, values, (error, result) => callback(error, error ? result : relabelCharFields(result)));
    }
    return super.query(config, values).then(relabelCharFields);
  }
}

// ---------------------------------------------------------------------------
// `cli` mode. The CLI looks at the exit code and, on failure, at the stderr
// lines after the first (it skips line one), expecting an ERROR line from
// target "schema_engine::logger" with fields.error_code and fields.message.

function describeServer(fields) {
  return fields.port ? `${fields.host}:${fields.port}` : `${fields.host}`;
}

function userFacingPgError(error, fields) {
  const server = describeServer(fields);
  switch (error?.code) {
    case "3D000":
      return { error_code: "P1003", message: `Database \`${fields.database}\` does not exist on the database server at \`${server}\`.` };
    case "42P04":
      return { error_code: "P1009", message: `Database \`${fields.database}\` already exists on the database server at \`${server}\`` };
    case "28P01":
    case "28000":
      return {
        error_code: "P1000",
        message: `Authentication failed against database server at \`${server}\`, the provided database credentials for \`${fields.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${server}\`.`,
      };
    case "42501":
      return { error_code: "P1010", message: `User \`${fields.user}\` was denied access on the database \`${fields.database}\`` };
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
    case "ENOENT":
      return {
        error_code: "P1001",
        message: `Can't reach database server at \`${server}\`\n\nPlease make sure your database server is running at \`${server}\`.`,
      };
    default:
      return { message: String(error?.message ?? error) };
  }
}

async function withMaintenanceClient(fields, fn) {
  // The target database may not exist (yet), so reach the server through
  // the usual maintenance databases.
  let lastError;
  for (const database of ["postgres", "template1"]) {
    try {
      return await withClient({ ...fields, database }, fn);
    } catch (error) {
      if (error?.code !== "3D000") throw error;
      lastError = error;
    }
  }
  throw lastError;
}

async function runCliCommand(command, datasource) {
  if (!datasource?.url) throw new Error("schema-engine shim: `cli` commands need --datasource with a url");
  const fields = connectionFields(datasource.url);
  log("INFO", { message: `schema-engine shim: cli ${command}` });
  try {
    switch (command) {
      case "can-connect-to-database":
        await withClient(fields, (client) => client.query("SELECT 1"));
        break;
      case "create-database":
        await withMaintenanceClient(fields, (client) => client.query(`CREATE DATABASE ${quoteIdent(fields.database)}`));
        break;
      case "drop-database":
        await withMaintenanceClient(fields, (client) => client.query(`DROP DATABASE ${quoteIdent(fields.database)}`));
        break;
      default:
        throw new Error(`schema-engine shim: unknown cli command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    // No trailing newline: the CLI parses every line after the first as JSON.
    process.stderr.write(
      JSON.stringify({ timestamp: new Date().toISOString(), level: "ERROR", fields: userFacingPgError(error, fields), target: "schema_engine::logger" }),
    );
    process.exitCode = 1;
  }
}

// ---------------------------------------------------------------------------
// The driver adapter factory handed to the wasm engine.

async function importEsm(name, esmFile) {
  // createRequire resolves the CommonJS entry; we want the ESM sibling.
  const cjsPath = require.resolve(name);
  return import(pathToFileURL(cjsPath.replace(/[^/\\]+$/, esmFile)).href);
}

function makeAdapterFactory({ PrismaPg, ColumnTypeEnum, datasource }) {
  const mainFields = connectionFields(datasource.url);
  const schema = schemaParamOf(datasource.url);
  const pgOptions = schema ? { schema } : undefined;
  const ownedShadowDatabases = new Set();

  function restoreCharColumns(queryable) {
    const queryRaw = queryable.queryRaw.bind(queryable);
    queryable.queryRaw = async (query) => {
      const result = await queryRaw(query);
      for (const index of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
      return result;
    };
    return queryable;
  }

  function patchAdapter(adapter) {
    restoreCharColumns(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => restoreCharColumns(await startTransaction(...args));
    // adapter-pg's executeScript splits the script on every ";", which breaks
    // dollar-quoted bodies (our migrations define plpgsql trigger functions).
    // A single simple-protocol query runs the script the way the native
    // engine does (one implicit transaction) and keeps adapter-pg's error
    // conversion.
    adapter.executeScript = async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    return adapter;
  }

  const connectTo = (fields) => new PrismaPg({ ...fields, Client: CatalogCharClient }, pgOptions).connect().then(patchAdapter);

  async function dropShadowDatabase(name) {
    await withClient(mainFields, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    ownedShadowDatabases.delete(name);
  }

  async function emptyExternalShadowDatabase(fields) {
    // Like the native engine, start from an empty user-provided shadow database.
    await withClient(fields, (client) =>
      client.query(`DO $$
        DECLARE s text;
        BEGIN
          FOR s IN SELECT nspname FROM pg_namespace
                   WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
            EXECUTE format('DROP SCHEMA %I CASCADE', s);
          END LOOP;
          CREATE SCHEMA public;
        END $$`),
    );
  }

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",

    connect: () => connectTo(mainFields),

    async connectToShadowDb() {
      if (datasource.shadowDatabaseUrl) {
        const fields = connectionFields(datasource.shadowDatabaseUrl);
        await emptyExternalShadowDatabase(fields);
        return connectTo(fields);
      }
      // adapter-pg's own shadow database is dropped while its pool still
      // holds connections, so the DROP fails and the database leaks. Ours is
      // dropped WITH (FORCE) after the pool is closed. Needs CREATEDB.
      const name = `${SHADOW_DB_PREFIX}${randomUUID().replaceAll("-", "")}`;
      await withClient(mainFields, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
      ownedShadowDatabases.add(name);
      const adapter = await connectTo(connectionFields(datasource.url, name));
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        try {
          await dispose();
        } finally {
          await dropShadowDatabase(name);
        }
      };
      return adapter;
    },

    // A failed command can leave a shadow database undisposed.
    async dropLeftoverShadowDatabases() {
      for (const name of [...ownedShadowDatabases]) {
        await dropShadowDatabase(name).catch((error) => log("WARN", { message: `could not drop shadow database ${name}: ${error.message}` }));
      }
    },
  };
}

// ---------------------------------------------------------------------------
// The wasm engine.

async function loadWasmEngine() {
  // The package's entry point imports the .wasm file as an ES module, which
  // Node only allows behind a flag; instantiate it by hand instead.
  const entry = require.resolve("@prisma/schema-engine-wasm");
  const bindings = await import(pathToFileURL(entry.replace(/schema_engine\.js$/, "schema_engine_bg.js")).href);
  const bytes = await readFile(entry.replace(/schema_engine\.js$/, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bindings;
}

// ---------------------------------------------------------------------------
// JSON-RPC mode: one JSON object per line on stdin (requests from the CLI,
// replies to our `print` requests) and stdout (our replies and requests).

function rpcError(message, errorCode, meta) {
  const data = { is_panic: false, message };
  if (errorCode) data.error_code = errorCode;
  if (meta !== undefined) data.meta = meta;
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

function toRpcError(error) {
  // User-facing engine errors carry a Prisma error code (P1012, P3006, ...).
  const code = typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : undefined;
  return rpcError(describeError(error), code, error?.meta);
}

async function runRpcServer({ datamodels, datasource }) {
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

  // Never exit on our own while the CLI may still send requests: the CLI
  // treats any early exit as "done" and then quits with status 0 and no
  // output (its stop() waits for an exit event that already happened, on an
  // unref'd timer). Failures are answered as JSON-RPC errors instead, and we
  // leave when the CLI closes stdin or sends SIGTERM.
  let fatal; // Once set, every request is answered with this error.
  let inFlight; // { id, answered } of the request being handled.
  let fatalReached;
  const untilFatal = new Promise((resolve) => (fatalReached = resolve));

  function reply(request, payload) {
    if (request.answered) return;
    request.answered = true;
    send({ jsonrpc: "2.0", id: request.id, ...payload });
  }

  onUnexpectedError = (error) => {
    log("ERROR", { message: describeError(error), backtrace: error?.stack ?? "" });
    fatal ??= rpcError(describeError(error));
    if (inFlight) reply(inFlight, { error: fatal });
    fatalReached();
  };

  let engine;
  let factory;
  try {
    if (!datasource?.url) throw new Error("schema-engine shim: --datasource with a url is required");
    const [{ PrismaPg }, { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum }, wasm] = await Promise.all([
      importEsm("@prisma/adapter-pg", "index.mjs"),
      importEsm("@prisma/driver-adapter-utils", "index.mjs"),
      loadWasmEngine(),
    ]);
    factory = makeAdapterFactory({ PrismaPg, ColumnTypeEnum, datasource });
    // With no schema file (e.g. `migrate diff --from-migrations`), the
    // engine wants `undefined`, not an empty list.
    const files = datamodels.length
      ? await Promise.all(datamodels.map(async (file) => [file, await readFile(file, "utf8")]))
      : undefined;
    const engineLog = (line) => {
      const text = String(line).trimEnd();
      if (text) process.stderr.write(`${text}\n`);
    };
    engine = await wasm.SchemaEngine.new({ datamodels: files }, engineLog, bindMigrationAwareSqlAdapterFactory(factory));
  } catch (error) {
    // E.g. the database is unreachable: the engine connects eagerly here.
    log("ERROR", { message: describeError(error), backtrace: error?.stack ?? "" });
    fatal = rpcError(describeError(error));
  }

  // Engine-to-CLI requests (only `print`) awaiting the CLI's reply.
  let nextOutgoingId = 1;
  const awaitingCli = new Map();
  function requestCli(method, params) {
    const id = `shim-${nextOutgoingId++}`;
    return new Promise((resolve, reject) => {
      awaitingCli.set(id, { resolve, reject });
      send({ jsonrpc: "2.0", id, method, params });
    });
  }

  // The wasm engine only finds its shadow database factory if devDiagnostic
  // ran just before: `migrate dev` with pending migrations calls
  // applyMigrations in between, and these two then fail with "shadow DB
  // must be provided through an external factory".
  const withDevDiagnostic = (method) => async (params) => {
    await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters ?? NO_FILTERS });
    return engine[method](params);
  };

  // CLI method name -> wasm call. (Always called as `engine.x(...)`:
  // wasm-bindgen methods need `this`.)
  const methods = {
    getDatabaseVersion: (params) => engine.version(params ?? null),
    async diff(params) {
      // The native engine prints the diff itself, through the CLI, which
      // adds a newline of its own.
      const { stdout: text, ...rest } = await engine.diff(params);
      if (text != null) await requestCli("print", { content: text.replace(/\n$/, "") });
      return rest;
    },
    evaluateDataLoss: withDevDiagnostic("evaluateDataLoss"),
    createMigration: withDevDiagnostic("createMigration"),
  };
  for (const name of [
    "applyMigrations",
    "dbExecute",
    "debugPanic",
    "devDiagnostic",
    "diagnoseMigrationHistory",
    "ensureConnectionValidity",
    "introspect",
    "introspectSql",
    "markMigrationApplied",
    "markMigrationRolledBack",
    "reset",
    "schemaPush",
  ]) {
    methods[name] = (params) => engine[name](params);
  }

  async function handle(message) {
    const request = { id: message.id, answered: false };
    if (fatal) return reply(request, { error: fatal });
    if (!Object.hasOwn(methods, message.method)) {
      return reply(request, { error: rpcError(`The schema-engine shim does not implement \`${message.method}\`.`) });
    }
    inFlight = request;
    try {
      const result = await methods[message.method](message.params);
      reply(request, { result: result ?? null });
    } catch (error) {
      // After a trap the wasm instance is unusable; fail what follows too.
      if (error instanceof WebAssembly.RuntimeError) fatal ??= toRpcError(error);
      reply(request, { error: toRpcError(error) });
    } finally {
      inFlight = undefined;
    }
  }

  let shuttingDown = false;
  async function shutdown() {
    if (shuttingDown) return;
    shuttingDown = true;
    try {
      engine?.free();
    } catch {
      // Freeing after a trap can throw; nothing is left to release then.
    }
    await factory?.dropLeftoverShadowDatabases();
    process.exit(fatal ? 101 : 0);
  }
  // The CLI ends stdin and sends SIGTERM right away; both mean "done".
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);

  // One request at a time, in order, like the native engine.
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method === undefined && awaitingCli.has(message.id)) {
      const { resolve, reject } = awaitingCli.get(message.id);
      awaitingCli.delete(message.id);
      if (message.error) reject(new Error(`The CLI rejected our request: ${JSON.stringify(message.error)}`));
      else resolve(message.result);
      return;
    }
    // A request whose promise will never settle (its failure surfaced as an
    // uncaught error instead) must not hold up the ones behind it.
    queue = queue.then(() => Promise.race([handle(message), untilFatal]));
  });
  lines.on("close", () => queue.then(shutdown));
}

// ---------------------------------------------------------------------------

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  // Same shape as the native binary: "<name> <engine commit>". (The
  // package's exports map hides package.json from require.)
  const entry = require.resolve("@prisma/schema-engine-wasm");
  const { version } = JSON.parse(await readFile(entry.replace(/schema_engine\.js$/, "package.json"), "utf8"));
  process.stdout.write(`schema-engine-cli ${version.split(".").pop()}\n`);
} else if (args.cliCommand) {
  await runCliCommand(args.cliCommand, args.datasource);
} else {
  await runRpcServer(args);
}
