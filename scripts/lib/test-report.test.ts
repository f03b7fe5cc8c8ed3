import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addCounts, countPlaywright, countVitest, formatTotals, readCounts } from "./test-report";

// Trimmed from a real `vitest run --reporter=json` report.
const vitestReport = {
  numFailedTestSuites: 2,
  numFailedTests: 1,
  numPassedTests: 3,
  numPendingTests: 1,
  numTodoTests: 1,
  numTotalTests: 6,
  success: false,
  testResults: [
    {
      name: "/repo/lib/a.test.ts",
      status: "passed",
      message: "",
      assertionResults: [
        { fullName: "a works", status: "passed" },
        { fullName: "a also works", status: "passed" },
        { fullName: "a later", status: "todo" },
      ],
    },
    {
      name: "/repo/lib/b.test.ts",
      status: "failed",
      message: "",
      assertionResults: [
        { fullName: "b works", status: "passed" },
        { fullName: "b breaks", status: "failed" },
        { fullName: "b skipped", status: "skipped" },
      ],
    },
    {
      // A file that failed to import: no tests, still a failure.
      name: "/repo/lib/c.test.ts",
      status: "failed",
      message: "Failed to load url ./missing",
      assertionResults: [],
    },
  ],
};

// Trimmed from a real `playwright test --reporter=json` report.
const playwrightReport = {
  config: {},
  suites: [],
  errors: [],
  stats: { startTime: "2026-01-01T00:00:00.000Z", duration: 1234, expected: 7, unexpected: 2, flaky: 1, skipped: 3 },
};

describe("test report counting", () => {
  it("counts a vitest JSON report per test, with load failures as one failure", () => {
    expect(countVitest(vitestReport)).toEqual({ passed: 3, failed: 2, skipped: 2 });
  });

  it("counts a playwright JSON report, flaky as passed", () => {
    expect(countPlaywright(playwrightReport)).toEqual({ passed: 8, failed: 2, skipped: 3 });
  });

  it("counts errors outside tests (e.g. webServer failed) as failures", () => {
    const report = { errors: [{ message: "Timed out waiting 360000ms from config.webServer." }], stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 } };
    expect(countPlaywright(report)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it("treats empty reports as zero tests", () => {
    expect(countVitest({ testResults: [] })).toEqual({ passed: 0, failed: 0, skipped: 0 });
    expect(countPlaywright({})).toEqual({ passed: 0, failed: 0, skipped: 0 });
  });

  it("adds counts across runners and formats the totals line", () => {
    const total = addCounts(countVitest(vitestReport), countPlaywright(playwrightReport));
    expect(total).toEqual({ passed: 11, failed: 4, skipped: 5 });
    expect(formatTotals(total)).toBe("11 passed, 4 failed, 5 skipped");
    expect(formatTotals({ passed: 5, failed: 0, skipped: 0 })).toBe("5 passed, 0 failed");
    expect(formatTotals(total)).toMatch(/^\d+ passed, \d+ failed(, \d+ skipped)?$/);
  });

  describe("reading report files", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "test-report-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("reads both kinds and returns undefined for a missing or broken file", () => {
      writeFileSync(path.join(dir, "unit.json"), JSON.stringify(vitestReport));
      writeFileSync(path.join(dir, "e2e.json"), JSON.stringify(playwrightReport));
      writeFileSync(path.join(dir, "broken.json"), "{ not json");
      expect(readCounts("vitest", path.join(dir, "unit.json"))).toEqual({ passed: 3, failed: 2, skipped: 2 });
      expect(readCounts("playwright", path.join(dir, "e2e.json"))).toEqual({ passed: 8, failed: 2, skipped: 3 });
      expect(readCounts("vitest", path.join(dir, "broken.json"))).toBeUndefined();
      expect(readCounts("vitest", path.join(dir, "absent.json"))).toBeUndefined();
    });
  });
});
