// The project's modules that run in the browser, found by following imports from every
// "use client" file, for tests that hold the browser's share to a rule.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !name.includes(".test.") ? [file] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : undefined;
  if (!base) return undefined;
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx"), base].find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * Every module that runs in the browser: the "use client" files and what they import from the
 * project, not following "use server" modules (the browser gets references to their actions).
 */
export function clientModules(): string[] {
  const queue = ["app", "components", "lib"]
    .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
    .filter((file) => /^["']use client["']/.test(readFileSync(file, "utf8").trimStart()));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    const source = readFileSync(file, "utf8");
    if (seen.has(file) || /^["']use server["']/.test(source.trimStart())) continue;
    seen.add(file);
    for (const [, specifier] of source.matchAll(/(?:import|export)\s+(?!type\s)[^;]*?from\s+["']([^"']+)["']/g)) {
      const resolved = resolveImport(file, specifier);
      if (resolved) queue.push(resolved);
    }
  }
  return [...seen];
}
