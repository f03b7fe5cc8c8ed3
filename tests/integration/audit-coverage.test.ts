// Every server action that changes data must leave an audit row. The list of actions is found
// by scanning the code, so a new action without a case here fails this test.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as accountActions from "@/lib/account/actions";
import * as orgActions from "@/lib/org/actions";
import * as rosterActions from "@/lib/roster/actions";
import * as userActions from "@/lib/users/actions";
import type { ActionResult } from "@/lib/actions/define-action";
import { createMember, createOrgan, createUser, signIn, TEST_PASSWORD } from "../factories";
import { testDb } from "./helpers";
import { useSession } from "./next-runtime";

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

type Organ = Awaited<ReturnType<typeof createOrgan>>;
interface Case {
  /** The username to act as. */
  as: (organ: Organ) => string;
  run: (organ: Organ) => Promise<ActionResult<unknown>>;
}

const formData = (values: Record<string, string>) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, value);
  return form;
};

const CASES: Record<string, Case> = {
  createOrgUnitAction: {
    as: (o) => o.systemAdmin.username,
    run: (o) => orgActions.createOrgUnitAction(undefined, formData({ name: "新党支部", type: "BRANCH", parentId: o.committee.id, effectiveFrom: "2024-03-01" })),
  },
  updateOrgUnitAction: {
    as: (o) => o.systemAdmin.username,
    run: (o) => orgActions.updateOrgUnitAction({ id: o.branchB.id, version: 1, name: "乙党支部（新）", parentId: o.committee.id, effectiveFrom: "2020-01-01" }),
  },
  deleteOrgUnitAction: {
    as: (o) => o.systemAdmin.username,
    run: async (o) => {
      const empty = await testDb().orgUnit.create({ data: { type: "BRANCH", name: "待撤销", parentId: o.committee.id, effectiveFrom: new Date("2020-01-01") } });
      return orgActions.deleteOrgUnitAction({ id: empty.id });
    },
  },
  updateBranchBusinessAction: {
    as: (o) => o.partyOffice.username,
    run: (o) => orgActions.updateBranchBusinessAction({ id: o.branchA.id, version: 1, departments: "办公室，人事处", supervisingLeaderId: o.leader.id }),
  },
  createMemberAction: {
    as: (o) => o.secretaryA.username,
    run: (o) =>
      rosterActions.createMemberAction({
        branchId: o.branchA.id,
        name: "新党员",
        gender: "FEMALE",
        birthDate: "1996-02-01",
        joinedPartyOn: "2019-06-30",
        status: "FULL",
        joinedBranchOn: "2024-02-01",
      }),
  },
  updateMemberAction: {
    as: (o) => o.secretaryA.username,
    run: (o) =>
      rosterActions.updateMemberAction({ id: o.memberA.id, version: 1, name: "改名", gender: "FEMALE", birthDate: "1990-05-01", joinedPartyOn: "2015-07-01", status: "FULL" }),
  },
  transferMemberAction: {
    as: (o) => o.partyOffice.username,
    run: async (o) => {
      const mover = await createMember(testDb(), o.branchA.id);
      return rosterActions.transferMemberAction({ memberId: mover.id, toBranchId: o.branchB.id, onDate: "2024-07-01" });
    },
  },
  endMembershipAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => {
      const leaving = await createMember(testDb(), o.branchA.id);
      return rosterActions.endMembershipAction({ memberId: leaving.id, branchId: o.branchA.id, onDate: "2024-09-30" });
    },
  },
  addBranchPostAction: {
    as: (o) => o.secretaryA.username,
    run: (o) => rosterActions.addBranchPostAction({ branchId: o.branchA.id, memberId: o.memberA.id, kind: "ORGANIZATION", fromDate: "2024-01-01" }),
  },
  endBranchPostAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => {
      const post = await testDb().branchPost.create({ data: { orgUnitId: o.branchA.id, memberId: o.memberA.id, kind: "PUBLICITY", fromDate: new Date("2023-01-01") } });
      return rosterActions.endBranchPostAction({ id: post.id, toDate: "2024-12-31" });
    },
  },
  createUserAction: {
    as: (o) => o.systemAdmin.username,
    run: () => userActions.createUserAction({ username: "audited-user", displayName: "审计测试", role: "LEADER", initialPassword: "Initial#2026" }),
  },
  resetPasswordAction: {
    as: (o) => o.systemAdmin.username,
    run: (o) => userActions.resetPasswordAction({ id: o.leader.id, initialPassword: "Reset#2026a" }),
  },
  setUserActiveAction: {
    as: (o) => o.systemAdmin.username,
    run: async () => userActions.setUserActiveAction({ id: (await createUser(testDb(), "LEADER")).id, active: "false" }),
  },
  changeUserBranchAction: {
    as: (o) => o.systemAdmin.username,
    run: (o) => userActions.changeUserBranchAction({ id: o.secretaryB.id, branchId: o.branchA.id }),
  },
  unlockUserAction: {
    as: (o) => o.securityAdmin.username,
    run: (o) => userActions.unlockUserAction({ id: o.partyOffice.id }),
  },
  assignRoleAction: {
    as: (o) => o.securityAdmin.username,
    run: async () => userActions.assignRoleAction({ id: (await createUser(testDb(), "LEADER")).id, role: "PARTY_OFFICE" }),
  },
  changePasswordAction: {
    as: (o) => o.auditAdmin.username,
    run: () => accountActions.changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "Changed#2026", confirmPassword: "Changed#2026" }),
  },
};

describe("audit coverage of server actions", () => {
  // First-run setup works only on a database with no account, so it goes before the organ exists.
  it("firstSetupAction writes an audit row", async () => {
    useSession(null);
    const before = await testDb().auditLog.count();
    const result = await accountActions.firstSetupAction(
      undefined,
      formData({ organName: "测试厅", username: "first-admin", displayName: "首位管理员", password: "First#2026", confirmPassword: "First#2026" }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await testDb().auditLog.count()).toBeGreaterThan(before);
    // A second attempt is refused now that an account exists.
    expect((await accountActions.firstSetupAction(undefined, formData({ organName: "x", username: "second", displayName: "x", password: "First#2026", confirmPassword: "First#2026" }))).ok).toBe(false);
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
      useSession(await signIn(testCase.as(organ)));
      const before = await testDb().auditLog.count({ where: { action: { notIn: ["LOGIN"] } } });
      const result = await testCase.run(organ);
      expect(result).toMatchObject({ ok: true });
      expect(await testDb().auditLog.count({ where: { action: { notIn: ["LOGIN"] } } })).toBeGreaterThan(before);
    });
  }
});
