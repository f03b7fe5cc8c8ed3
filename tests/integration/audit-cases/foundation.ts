// Audit-coverage cases of the foundation's actions (see ../audit-coverage.test.ts).
import * as accountActions from "@/lib/account/actions";
import * as orgActions from "@/lib/org/actions";
import * as rosterActions from "@/lib/roster/actions";
import * as userActions from "@/lib/users/actions";
import { generate } from "otplib";
import * as securityActions from "@/lib/security/actions";
import { DEFAULT_SECURITY_POLICY } from "@/lib/security/policy-schema";
import { createMember, createUser, TEST_PASSWORD } from "../../factories";
import { testDb } from "../helpers";
import { formData, type AuditCase } from "./types";

export const cases: Record<string, AuditCase> = {
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
  resetTotpAction: {
    as: (o) => o.securityAdmin.username,
    run: async () => {
      const user = await createUser(testDb(), "LEADER");
      await testDb().user.update({ where: { id: user.id }, data: { totpSecret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", totpEnabledAt: new Date() } });
      return userActions.resetTotpAction({ id: user.id });
    },
  },
  startTotpEnrolmentAction: {
    as: (o) => o.secretaryB.username,
    run: () => accountActions.startTotpEnrolmentAction({}),
  },
  confirmTotpEnrolmentAction: {
    as: (o) => o.partyOffice.username,
    run: async (o) => {
      const started = await accountActions.startTotpEnrolmentAction({});
      if (!started.ok) return started;
      const before = await testDb().auditLog.count();
      const result = await accountActions.confirmTotpEnrolmentAction({ code: await generate({ secret: started.data.secret }) });
      // The start wrote its own row; the confirmation must add one too.
      if (result.ok && (await testDb().auditLog.count()) === before) throw new Error("confirmation wrote no audit row");
      // Other cases sign in as the Party office with a password alone.
      await testDb().user.update({ where: { id: o.partyOffice.id }, data: { totpEnabledAt: null, totpSecret: null } });
      return result;
    },
  },
  updateSecurityPolicyAction: {
    as: (o) => o.securityAdmin.username,
    run: () => securityActions.updateSecurityPolicyAction({ ...DEFAULT_SECURITY_POLICY, lockoutThreshold: 6 }),
  },
};
