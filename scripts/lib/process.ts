// Child-process helpers shared by the start and smoke scripts. Every child
// started here is tracked so a shutdown can reach all of them.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

const running = new Set<ChildProcess>();
const IS_WINDOWS = process.platform === "win32";

/** A package binary from `<root>/node_modules/.bin` (npm writes .cmd shims on Windows). */
export function localBin(root: string, name: string): string {
  return path.join(root, "node_modules", ".bin", IS_WINDOWS ? `${name}.cmd` : name);
}

export interface StartOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
  /** Own process group, so the whole tree can be signalled with killGroup(). */
  detached?: boolean;
}

/** Spawns a tracked child; see `exitOf` to await it. */
export function startChild(command: string, args: string[], options: StartOptions = {}): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.stdio ?? "inherit",
    detached: options.detached,
    shell: IS_WINDOWS, // .cmd shims need a shell
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  child.once("error", () => running.delete(child));
  return child;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the process could not be spawned at all (e.g. ENOENT). */
  error?: Error;
}

export function exitOf(child: ChildProcess): Promise<Exit> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
    child.once("error", (error) => resolve({ code: null, signal: null, error }));
  });
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Also collect stdout (it is still shown) and resolve with it. */
  captureStdout?: boolean;
}

/** Runs a command to completion with inherited output; rejects unless it exits 0. */
export async function run(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  const child = startChild(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: options.captureStdout ? ["inherit", "pipe", "inherit"] : "inherit",
  });
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
    process.stdout.write(chunk);
  });
  const { code, signal, error } = await exitOf(child);
  if (code !== 0) {
    const how = error ? error.message : signal ? `killed by ${signal}` : `exit code ${code}`;
    throw new Error(`${path.basename(command)} ${args.join(" ")} failed (${how})`);
  }
  return stdout;
}

/**
 * Sends `signal` to every tracked child still running and waits for them;
 * whatever is left after `graceMs` gets SIGKILL.
 */
export async function stopChildren(signal: NodeJS.Signals = "SIGTERM", graceMs = 10_000): Promise<void> {
  const children = [...running];
  for (const child of children) child.kill(signal);
  const allExited = Promise.all(children.map(exitOf));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), graceMs)));
  if ((await Promise.race([allExited, timedOut])) === true) {
    for (const child of running) child.kill("SIGKILL");
    await allExited;
  }
  clearTimeout(timer);
}

/** Signals a whole process group (a child started with `detached: true`); false if it is gone. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(IS_WINDOWS ? child.pid : -child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** True while any process of the group led by `child` is alive. */
export function groupAlive(child: ChildProcess): boolean {
  return killGroup(child, 0);
}
