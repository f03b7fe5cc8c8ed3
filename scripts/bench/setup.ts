// Measurement 6, setup: how long a fresh clone takes to serve its login page with the README's
// command (`npm install && npm start`), with the machine's npm cache (warm) and with an empty one
// (cold, registry reachable), and how long the embedded PostgreSQL takes to start.
//
// A fresh-clone run builds the whole app, so it runs only when asked (`--setup`, `--setup=cold`)
// and its figures are kept in bench/results/setup.json; other runs report the kept figures.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { cloneHead, freshEnv } from "../lib/fresh-clone";
import { freePort, waitForHttp } from "../lib/net";
import { groupAlive, killGroup, run, startChild } from "../lib/process";
import { REPO_ROOT } from "../lib/pg-admin";
import type { BenchRow } from "./result";
import { notAvailable, round, type Measurement } from "./measurement";

export type SetupKind = "warm" | "cold";
const GOAL_SECONDS: Record<SetupKind, number> = { warm: 180, cold: 360 };
const POSTGRES_GOAL_SECONDS = 5;
const RECORD = path.join(REPO_ROOT, "bench", "results", "setup.json");

interface SetupRecord {
  seconds: number;
  install: number;
  start: number;
  commit: string;
  at: string;
}

function readRecords(): Partial<Record<SetupKind, SetupRecord>> {
  return existsSync(RECORD) ? (JSON.parse(readFileSync(RECORD, "utf8")) as Partial<Record<SetupKind, SetupRecord>>) : {};
}

/** Clone → npm install → npm start → /login answers 200; everything it started is stopped and removed. */
async function timeFreshClone(kind: SetupKind): Promise<SetupRecord> {
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), "partydesk-setup-"));
  await fs.chmod(workDir, 0o755); // the embedded PostgreSQL may run as another user when we are root
  const appDir = path.join(workDir, "app");
  // BENCH_SETUP_PORT fixes the port the fresh clone serves on (default: a free one).
  const port = Number(process.env.BENCH_SETUP_PORT) || (await freePort());
  const env: NodeJS.ProcessEnv = { ...freshEnv(), PORT: String(port) };
  if (kind === "cold") env.npm_config_cache = path.join(workDir, "npm-cache");
  const began = Date.now();
  const commit = await cloneHead(REPO_ROOT, appDir);
  await run("npm", ["install", "--no-audit", "--no-fund"], { cwd: appDir, env });
  const installed = Date.now();
  const app = startChild("npm", ["start"], { cwd: appDir, env, detached: true, stdio: ["ignore", "ignore", "inherit"] });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/login`, {
      timeoutMs: 15 * 60_000,
      intervalMs: 1000,
      accept: (response) => response.status === 200,
      abortReason: () => (app.exitCode !== null ? `npm start exited with ${app.exitCode}` : undefined),
    });
    const served = Date.now();
    return { seconds: round((served - began) / 1000), install: round((installed - began) / 1000), start: round((served - installed) / 1000), commit, at: new Date().toISOString() };
  } finally {
    killGroup(app, "SIGTERM");
    for (let waited = 0; groupAlive(app) && waited < 30_000; waited += 250) await sleep(250);
    if (groupAlive(app)) killGroup(app, "SIGKILL");
    await fs.rm(workDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Runs the fresh-clone setup of `kind` now and keeps its figures for later runs. */
export async function recordSetup(kind: SetupKind): Promise<void> {
  const record = await timeFreshClone(kind);
  await fs.mkdir(path.dirname(RECORD), { recursive: true });
  writeFileSync(RECORD, `${JSON.stringify({ ...readRecords(), [kind]: record }, null, 2)}\n`);
}

function setupRow(kind: SetupKind): BenchRow {
  const goal = `≤ ${GOAL_SECONDS[kind] / 60} min`;
  const record = readRecords()[kind];
  const name = `setup: fresh clone to login page, npm cache ${kind}`;
  if (!record) return notAvailable(name, goal, `never recorded: run \`npm run bench -- --setup${kind === "cold" ? "=cold" : ""}\``);
  return {
    name,
    measured: record.seconds,
    unit: "s",
    goal,
    met: record.seconds <= GOAL_SECONDS[kind],
    detail: `npm install ${record.install} s, npm start until /login answered ${record.start} s; commit ${record.commit}, recorded ${record.at.slice(0, 16)}Z`,
  };
}

/** Start of an initialised cluster, as every `npm start` after the first does (initdb timed apart). */
async function embeddedPostgresRow(): Promise<BenchRow> {
  const dataDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "partydesk-pg-")), "pg");
  await fs.chmod(path.dirname(dataDir), 0o755);
  const quiet = () => {};
  try {
    let began = performance.now();
    const first = await startEmbeddedPostgres({ dataDir, handleSignals: false, log: quiet });
    const firstSeconds = (performance.now() - began) / 1000;
    await first.stop();
    began = performance.now();
    const second = await startEmbeddedPostgres({ dataDir, handleSignals: false, log: quiet });
    const seconds = (performance.now() - began) / 1000;
    await second.stop();
    return {
      name: "setup: embedded PostgreSQL start",
      measured: round(seconds, 2),
      unit: "s",
      goal: `≤ ${POSTGRES_GOAL_SECONDS} s`,
      met: seconds <= POSTGRES_GOAL_SECONDS,
      detail: `start of an initialised cluster; the very first start (initdb included) took ${round(firstSeconds)} s`,
    };
  } finally {
    await fs.rm(path.dirname(dataDir), { recursive: true, force: true });
  }
}

export const setup: Measurement = {
  name: "setup",
  quick: false,
  async run() {
    return [setupRow("warm"), setupRow("cold"), await embeddedPostgresRow()];
  },
};
