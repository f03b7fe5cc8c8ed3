// `npm test`: the whole suite in order — lint, typecheck, unit, integration, e2e, a quick benchmark, fuzz — then one
// totals line computed from the runners' JSON reports (reports/*.json).
//
//   npm test                         everything
//   npm test -- --only unit,integration
//
// DATABASE_URL set → that (local) PostgreSQL server is used; unset → an embedded
// PostgreSQL is started in .data/test-pg for the run and stopped at the end.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { findChromium } from "./lib/chromium";
import { QUIET_ENV, REPO_ROOT, bin } from "./lib/pg-admin";
import { addCounts, formatTotals, readCounts, type Counts, type ReportKind } from "./lib/test-report";

type StepName = "lint" | "typecheck" | "unit" | "integration" | "e2e" | "bench" | "fuzz";
const ALL_STEPS: StepName[] = ["lint", "typecheck", "unit", "integration", "e2e", "bench", "fuzz"];
const NEEDS_DATABASE: StepName[] = ["integration", "e2e", "bench", "fuzz"];
// The short HTTP fuzz run of CI; `npm run fuzz` alone sends 10,000.
const CI_FUZZ_REQUESTS = "1000";

interface StepResult {
  name: StepName;
  ok: boolean;
  note: string;
  counts?: Counts;
}

function parseOnly(argv: string[]): StepName[] {
  const index = argv.findIndex((arg) => arg === "--only" || arg.startsWith("--only="));
  if (index === -1) return ALL_STEPS;
  const value = argv[index].includes("=") ? argv[index].split("=")[1] : argv[index + 1];
  const wanted = (value ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((name) => !ALL_STEPS.includes(name as StepName));
  if (unknown.length || wanted.length === 0) {
    console.error(`--only takes a comma-separated list of: ${ALL_STEPS.join(", ")}`);
    process.exit(2);
  }
  return ALL_STEPS.filter((name) => wanted.includes(name));
}

const steps = parseOnly(process.argv.slice(2));
const reportsDir = path.join(REPO_ROOT, "reports");
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  ...QUIET_ENV,
  PATH: `${path.join(REPO_ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`,
};

let current: ChildProcess | undefined;
let stopDatabase: (() => Promise<void>) | undefined;

function runChild(command: string, args: string[]): Promise<number> {
  console.log(`\n$ ${[path.relative(REPO_ROOT, command) || command, ...args].join(" ")}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: "inherit", env: childEnv });
    current = child;
    child.on("error", (error) => {
      console.error(error.message);
      current = undefined;
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    current?.kill(signal);
    await stopDatabase?.().catch(() => {});
    process.exit(130);
  });
}

function banner(title: string) {
  console.log(`\n━━━ ${title} ${"━".repeat(Math.max(0, 60 - title.length))}`);
}

/** Runs a test runner and reads its JSON report; zero tests run is a failure. */
async function runTests(name: StepName, kind: ReportKind, report: string, command: string, args: string[]): Promise<StepResult> {
  rmSync(report, { force: true });
  const code = await runChild(command, args);
  const counts = readCounts(kind, report);
  if (!counts) return { name, ok: false, note: `exit ${code}, no JSON report at ${path.relative(REPO_ROOT, report)}` };
  const note = `${formatTotals(counts)}${code === 0 ? "" : ` (exit ${code})`}`;
  if (counts.passed + counts.failed === 0) return { name, ok: false, counts, note: `${note} — ran zero tests` };
  return { name, ok: code === 0 && counts.failed === 0, counts, note };
}

function hasCommand(name: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Installs Debian packages when we are root with apt-get; false when that is not possible or failed. */
async function aptInstall(what: string, packages: string[]): Promise<boolean> {
  if (process.getuid?.() !== 0 || !hasCommand("apt-get")) return false;
  console.log(`${what} not found: installing Debian's ${packages.join(", ")}`);
  const code = await runChild("sh", ["-c", `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(" ")}`]);
  return code === 0;
}

/** Finds Chromium, installing Debian's package when we are root with apt-get; else explains. */
async function ensureChromium(): Promise<string | undefined> {
  const found = findChromium();
  if (found) return found;
  if (await aptInstall("Chromium", ["chromium", "fonts-noto-cjk"])) return findChromium();
  console.error("Chromium not found: install it (Debian: sudo apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH.");
  return undefined;
}

/** The backup test needs PostgreSQL's client tools (the embedded server ships none). */
async function ensurePgClient(): Promise<boolean> {
  if (hasCommand("pg_dump") || (await aptInstall("pg_dump", ["postgresql-client"]))) return true;
  console.error("pg_dump not found: install PostgreSQL's client tools (Debian: sudo apt-get install postgresql-client).");
  return false;
}

async function runStep(name: StepName): Promise<StepResult> {
  switch (name) {
    case "lint": {
      const code = await runChild(bin("eslint"), ["."]);
      return { name, ok: code === 0, note: code === 0 ? "clean" : `exit ${code}` };
    }
    case "typecheck": {
      const generated = await runChild(bin("prisma"), ["generate"]);
      if (generated !== 0) return { name, ok: false, note: `prisma generate exit ${generated}` };
      // Route types (PageProps<"/…">) come from Next's generator, not from a build.
      const typegen = await runChild(bin("next"), ["typegen"]);
      if (typegen !== 0) return { name, ok: false, note: `next typegen exit ${typegen}` };
      const code = await runChild(bin("tsc"), ["--noEmit"]);
      return { name, ok: code === 0, note: code === 0 ? "clean" : `tsc exit ${code}` };
    }
    case "unit":
    case "integration": {
      if (name === "integration" && !(await ensurePgClient())) return { name, ok: false, note: "no pg_dump" };
      const report = path.join(reportsDir, `${name}.json`);
      return runTests(name, "vitest", report, bin("vitest"), [
        "run",
        "--project",
        name,
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${report}`,
      ]);
    }
    case "e2e": {
      const chromium = await ensureChromium();
      if (!chromium) return { name, ok: false, note: "no Chromium" };
      childEnv.CHROMIUM_PATH = chromium;
      return runTests(name, "playwright", path.join(reportsDir, "playwright.json"), bin("playwright"), ["test"]);
    }
    case "bench": {
      // Reuses the build the e2e step made; prints its table and fails only on gross regressions.
      const chromium = await ensureChromium();
      if (chromium) childEnv.CHROMIUM_PATH = chromium;
      const code = await runChild(bin("tsx"), ["--conditions=react-server", "scripts/bench.ts", "--quick"]);
      return { name, ok: code === 0, note: code === 0 ? "quick benchmark: no gross regression" : `exit ${code} (see the table above)` };
    }
    case "fuzz": {
      const code = await runChild(bin("tsx"), ["scripts/fuzz.ts", "--requests", CI_FUZZ_REQUESTS]);
      return { name, ok: code === 0, note: code === 0 ? `${CI_FUZZ_REQUESTS} malformed requests, none answered 5xx or wrote a row` : `exit ${code}` };
    }
  }
}

async function main(): Promise<number> {
  mkdirSync(reportsDir, { recursive: true });

  if (steps.some((step) => NEEDS_DATABASE.includes(step)) && !process.env.DATABASE_URL) {
    const dataDir = path.join(REPO_ROOT, ".data", "test-pg");
    rmSync(dataDir, { recursive: true, force: true });
    console.log("DATABASE_URL is not set: starting an embedded PostgreSQL in .data/test-pg");
    const { startEmbeddedPostgres } = await import("./lib/embedded-postgres");
    // Our own signal handlers stop the current runner first, then the server.
    const server = await startEmbeddedPostgres({ dataDir, database: "postgres", handleSignals: false });
    stopDatabase = () => server.stop();
    childEnv.DATABASE_URL = server.url("postgres");
  }

  const results: StepResult[] = [];
  try {
    for (const name of steps) {
      banner(name);
      const started = Date.now();
      const result = await runStep(name);
      results.push(result);
      console.log(`${result.ok ? "✔" : "✘"} ${name}: ${result.note} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    await stopDatabase?.().catch((error: unknown) => console.error("stopping the embedded PostgreSQL failed:", error));
  }

  banner("summary");
  for (const result of results) console.log(`${result.ok ? "✔" : "✘"} ${result.name.padEnd(11)} ${result.note}`);
  const totals = addCounts(...results.flatMap((result) => (result.counts ? [result.counts] : [])));
  console.log(formatTotals(totals));
  return results.every((result) => result.ok) ? 0 : 1;
}

if (!existsSync(path.join(REPO_ROOT, "node_modules"))) {
  console.error("node_modules is missing: run `npm ci` first.");
  process.exit(1);
}
process.exit(await main());
