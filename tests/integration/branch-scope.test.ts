import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { getBranch } from "@/lib/org/service";
import { listBranchMembers } from "@/lib/roster/service";
import { createMemberAction, updateMemberAction } from "@/lib/roster/actions";
import { updateOrgUnitAction } from "@/lib/org/actions";
import { createOrgan, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs, withRequestHeaders } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;
beforeAll(async () => {
  organ = await createOrgan(testDb());
});

async function actingAs(username: string) {
  signedInAs(await signIn(username));
  return (await getCurrentUser())!;
}

const newMember = (branchId: string) => ({
  branchId,
  name: "新党员",
  gender: "MALE",
  birthDate: "1995-03-01",
  joinedPartyOn: "2020-07-01",
  status: "FULL",
  joinedBranchOn: "2024-01-01",
});

describe("branch scope", () => {
  it("lets a secretary read their own branch and refuses another branch", async () => {
    const secretary = await actingAs(organ.secretaryA.username);
    await expect(getBranch(secretary, organ.branchA.id)).resolves.toMatchObject({ id: organ.branchA.id });
    await expect(getBranch(secretary, organ.branchB.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listBranchMembers(secretary, organ.branchB.id, { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a secretary adding a member to another branch, and writes nothing", async () => {
    await actingAs(organ.secretaryA.username);
    const before = await testDb().member.count();
    const result = await createMemberAction(newMember(organ.branchB.id));
    expect(result).toMatchObject({ ok: false, error: "只能查看和修改本支部的记录" });
    expect(await testDb().member.count()).toBe(before);
    expect(await createMemberAction(newMember(organ.branchA.id))).toMatchObject({ ok: true });
  });

  it("refuses a secretary editing a member of another branch", async () => {
    await actingAs(organ.secretaryA.username);
    const result = await updateMemberAction({
      id: organ.memberB.id,
      version: 1,
      name: "改名",
      gender: "MALE",
      birthDate: "1990-01-01",
      joinedPartyOn: "2015-07-01",
      status: "FULL",
    });
    expect(result.ok).toBe(false);
    expect((await testDb().member.findUniqueOrThrow({ where: { id: organ.memberB.id } })).name).not.toBe("改名");
  });

  it("lets leadership read every branch but write none", async () => {
    const leader = await actingAs(organ.leader.username);
    await expect(getBranch(leader, organ.branchB.id)).resolves.toBeTruthy();
    expect(await createMemberAction(newMember(organ.branchB.id))).toMatchObject({ ok: false, error: "您没有权限执行此操作" });
  });

  it("keeps administrators away from branch records", async () => {
    const admin = await actingAs(organ.systemAdmin.username);
    await expect(getBranch(admin, organ.branchA.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await createMemberAction(newMember(organ.branchA.id))).toMatchObject({ ok: false });
  });

  it("records a refusal in the audit log", async () => {
    await actingAs(organ.leader.username);
    await updateOrgUnitAction({ id: organ.branchA.id, version: 1, name: "x", effectiveFrom: "2020-01-01" });
    expect(await testDb().auditLog.count({ where: { actorId: organ.leader.id, action: "REFUSED", entity: "org.update" } })).toBe(1);
  });

  it("refuses a stale edit instead of overwriting a newer one", async () => {
    await actingAs(organ.secretaryA.username);
    const edit = (name: string) =>
      updateMemberAction({ id: organ.memberA.id, version: 1, name, gender: "FEMALE", birthDate: "1990-05-01", joinedPartyOn: "2015-07-01", status: "FULL" });
    expect(await edit("第一次")).toMatchObject({ ok: true });
    expect(await edit("第二次")).toMatchObject({ ok: false, error: expect.stringContaining("已被他人修改") });
    expect((await testDb().member.findUniqueOrThrow({ where: { id: organ.memberA.id } })).name).toBe("第一次");
  });
});

describe("cross-site requests", () => {
  it("refuses a write with no Origin header or a foreign one, and writes nothing", async () => {
    await actingAs(organ.secretaryA.username);
    const before = await testDb().member.count();
    for (const origin of [undefined, "http://evil.example"]) {
      const result = await withRequestHeaders({ origin }, () => createMemberAction(newMember(organ.branchA.id)));
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining("请求来源不明") });
    }
    expect(await testDb().member.count()).toBe(before);
  });
});
