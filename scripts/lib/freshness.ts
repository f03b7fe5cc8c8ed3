// "Is this generated artefact older than its inputs?" checks, used to skip
// `prisma generate` and `next build` when nothing changed since the last run.
import fs from "node:fs/promises";
import path from "node:path";

/** Everything `next build` output depends on, relative to the project root. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "package.json",
  "postcss.config.mjs",
  "tsconfig.json",
];
/** Derived from prisma/schema.prisma (already an input) and rewritten by every generate. */
export const BUILD_EXCLUDES = ["lib/generated"];

/** Why `next build` must run, or null when `.next/BUILD_ID` is newer than every input. */
export function buildStaleReason(root: string): Promise<string | null> {
  return staleReason(root, ".next/BUILD_ID", BUILD_INPUTS, BUILD_EXCLUDES);
}

/** Why `prisma generate` must run, or null when the client is newer than the schema. */
export function prismaClientStaleReason(root: string): Promise<string | null> {
  return staleReason(root, "lib/generated/prisma/client.ts", ["prisma/schema.prisma"]);
}

/**
 * Compares the mtime of `target` with the newest among `inputs` (files or
 * directories, walked recursively; missing ones are ignored), skipping
 * paths under `excludes`. Returns a human-readable reason, or null if fresh.
 */
export async function staleReason(
  root: string,
  target: string,
  inputs: string[],
  excludes: string[] = [],
): Promise<string | null> {
  const targetTime = await mtime(path.join(root, target));
  if (targetTime === undefined) return `${target} is missing`;
  const skip = new Set(excludes.map((exclude) => path.join(root, exclude)));
  let newest: { file: string; time: number } | undefined;
  for (const input of inputs) {
    for await (const file of walk(path.join(root, input), skip)) {
      const time = await mtime(file);
      if (time !== undefined && (!newest || time > newest.time)) newest = { file, time };
    }
  }
  if (newest && newest.time > targetTime) return `${path.relative(root, newest.file)} is newer than ${target}`;
  return null;
}

async function* walk(entry: string, skip: Set<string>): AsyncGenerator<string> {
  if (skip.has(entry)) return;
  const entries = await fs.readdir(entry, { withFileTypes: true }).catch(() => undefined);
  if (!entries) {
    yield entry; // a file, or missing (mtime() then ignores it)
    return;
  }
  yield entry; // a directory's mtime moves when entries are added, removed or renamed
  for (const child of entries) yield* walk(path.join(entry, child.name), skip);
}

async function mtime(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}
