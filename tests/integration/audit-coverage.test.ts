// Every server action that changes data must leave an audit row. The list of actions is found
// by scanning the code, so a new action without a case here fails this test.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as accountActions from "@/lib/account/actions";
import { createOrgan, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";
import { formData, type AuditCase, type Organ } from "./audit-cases/types";

// Each area keeps its cases in audit-cases/<area>.ts, exporting `cases`.
const CASES: Record<string, AuditCase> = Object.assign(
  {},
  ...Object.values(import.meta.glob<{ cases?: Record<string, AuditCase> }>("./audit-cases/*.ts", { eager: true })).map((module) => module.cases ?? {}),
);

/** Actions that change no database row, and why. */
const NOT_DATA_CHANGES: Record<string, string> = {
  setLocaleAction: "sets the reader's language cookie only",
};

/** Every function exported from a "use server" module under lib/ or app/. */
function exportedActionNames(): string[] {
  return ["lib", "app"]
    .flatMap((root) => readdirSync(root, { recursive: true, encoding: "utf8" }).map((file) => `${root}/${file}`))
    .filter((file) => /\.tsx?$/.test(file) && !file.includes("generated"))
    .filter((file) => /^\s*["']use server["']/.test(readFileSync(file, "utf8")))
    .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/export (?:const|async function) (\w+)\b/g)].map((match) => match[1]))
    .sort();
}

describe("audit coverage of server actions", () => {
  // First-run setup works only on a database with no account, so it goes before the organ exists.
  it("firstSetupAction writes an audit row", async () => {
    signedInAs(null);
    const before = await testDb().auditLog.count();
    const result = await accountActions.firstSetupAction(
      undefined,
      formData({
        organName: "测试厅",
        systemUsername: "first-system",
        systemPassword: "First#2026a",
        securityUsername: "first-security",
        securityPassword: "First#2026b",
        auditUsername: "first-audit",
        auditPassword: "First#2026c",
      }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await testDb().auditLog.count()).toBeGreaterThan(before);
    // A second attempt is refused now that an account exists.
    expect(await testDb().user.findMany({ select: { role: true, mustChangePassword: true }, orderBy: { role: "asc" } })).toEqual([
      { role: "SYSTEM_ADMIN", mustChangePassword: true },
      { role: "SECURITY_ADMIN", mustChangePassword: true },
      { role: "AUDIT_ADMIN", mustChangePassword: true },
    ]);
    const again = formData({ organName: "x", systemUsername: "s2", systemPassword: "First#2026a", securityUsername: "s3", securityPassword: "First#2026a", auditUsername: "s4", auditPassword: "First#2026a" });
    expect((await accountActions.firstSetupAction(undefined, again)).ok).toBe(false);
  });

  // Made on first use, after the first-run setup above has run on the empty database.
  let organ: Organ;

  it("has a case for every exported action", () => {
    const covered = new Set([...Object.keys(CASES), ...Object.keys(NOT_DATA_CHANGES), "firstSetupAction"]);
    expect(exportedActionNames().filter((name) => !covered.has(name))).toEqual([]);
  });

  for (const [name, testCase] of Object.entries(CASES)) {
    it(`${name} writes an audit row`, async () => {
      organ ??= await createOrgan(testDb());
      signedInAs(await signIn(testCase.as(organ)));
      const before = await testDb().auditLog.count({ where: { action: { notIn: ["LOGIN"] } } });
      const result = await testCase.run(organ);
      expect(result).toMatchObject({ ok: true });
      expect(await testDb().auditLog.count({ where: { action: { notIn: ["LOGIN"] } } })).toBeGreaterThan(before);
    });
  }
});
