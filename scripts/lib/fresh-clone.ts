// A fresh clone of this checkout and the environment of a fresh shell: what `npm run smoke` and
// the setup benchmark start from.
import { execFileSync } from "node:child_process";
import { run } from "./process";

/** Clones exactly the commit HEAD points at in `root` (uncommitted work is deliberately left out). */
export async function cloneHead(root: string, appDir: string): Promise<string> {
  const head = execFileSync("git", ["-C", root, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
  await run("git", ["clone", "--quiet", "--no-checkout", root, appDir]);
  await run("git", ["-C", appDir, "checkout", "--quiet", "--detach", head]);
  return head;
}

/**
 * The environment of a fresh shell: no database, no demo flag and no auth
 * settings, so `npm start` has to provide all of them itself. NODE_ENV is
 * dropped because a stray "test"/"development" would change what Next does.
 */
export function freshEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["DATABASE_URL", "DEMO", "PORT", "NEXTAUTH_URL", "NEXTAUTH_SECRET", "NODE_ENV"]) delete env[name];
  return env;
}
