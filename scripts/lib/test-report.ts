// Counts passed/failed/skipped tests from the runners' JSON reports, so the totals line
// printed by scripts/test.ts is computed, never typed in.
import { readFileSync } from "node:fs";

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export type ReportKind = "vitest" | "playwright";

const ZERO: Counts = { passed: 0, failed: 0, skipped: 0 };

interface VitestJson {
  testResults?: { status?: string; message?: string; assertionResults?: { status?: string }[] }[];
}

/**
 * Vitest `json` reporter (Jest-compatible shape). Counted from the per-test results;
 * a failed file with no failed test in it (import error, failing hook) counts as one failure.
 */
export function countVitest(report: VitestJson): Counts {
  const counts = { ...ZERO };
  for (const file of report.testResults ?? []) {
    let failedInFile = 0;
    for (const test of file.assertionResults ?? []) {
      if (test.status === "passed") counts.passed++;
      else if (test.status === "failed") failedInFile++;
      else counts.skipped++; // skipped, pending, todo, disabled
    }
    if (file.status === "failed" && failedInFile === 0) failedInFile = 1;
    counts.failed += failedInFile;
  }
  return counts;
}

interface PlaywrightJson {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  errors?: unknown[];
}

/**
 * Playwright `json` reporter. Flaky tests passed on retry and count as passed; errors outside
 * any test (global setup, webServer, config) count as one failure each.
 */
export function countPlaywright(report: PlaywrightJson): Counts {
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors?.length ?? 0),
    skipped: stats.skipped ?? 0,
  };
}

/** Reads a report file; undefined if it is missing or not JSON (the runner crashed). */
export function readCounts(kind: ReportKind, file: string): Counts | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  if (typeof json !== "object" || json === null) return undefined;
  return kind === "vitest" ? countVitest(json as VitestJson) : countPlaywright(json as PlaywrightJson);
}

export function addCounts(...all: Counts[]): Counts {
  return all.reduce(
    (sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed, skipped: sum.skipped + c.skipped }),
    { ...ZERO },
  );
}

/** `N passed, N failed` plus `, N skipped` when any were skipped. */
export function formatTotals(counts: Counts): string {
  const line = `${counts.passed} passed, ${counts.failed} failed`;
  return counts.skipped > 0 ? `${line}, ${counts.skipped} skipped` : line;
}
