// Is the production build (.next) older than the sources it was built from?
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./pg-admin";

/** Inputs of `next build`, relative to the repo root. Missing entries are ignored. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "package.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

/** Never inputs: generated code (rewritten by every `prisma generate`) and tests. */
const EXCLUDED = new Set(["lib/generated", "node_modules"]);
const isTestFile = (name: string) => /\.test\.(ts|tsx)$/.test(name);

/** Newest mtime (ms) of a file, or of a directory and anything below it; 0 if it does not exist. */
export function newestMtime(entry: string, root = REPO_ROOT): number {
  const full = path.join(root, entry);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return isTestFile(entry) ? 0 : stat.mtimeMs;
  // A directory's own mtime changes when an entry is added, removed or renamed.
  let newest = stat.mtimeMs;
  for (const child of readdirSync(full)) {
    const relative = path.posix.join(entry, child);
    if (EXCLUDED.has(relative)) continue;
    newest = Math.max(newest, newestMtime(relative, root));
  }
  return newest;
}

/** True if `.next/BUILD_ID` is missing or older than any build input. */
export function isBuildStale(root = REPO_ROOT): boolean {
  let built: number;
  try {
    built = statSync(path.join(root, ".next", "BUILD_ID")).mtimeMs;
  } catch {
    return true;
  }
  return BUILD_INPUTS.some((entry) => newestMtime(entry, root) > built);
}
