import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { membersOfUnitOn } from "@/lib/roster/service";
import { transferMemberAction } from "@/lib/roster/actions";
import { createMember, createOrgan, day, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;
beforeAll(async () => {
  organ = await createOrgan(testDb());
});

describe("membership history", () => {
  it("answers who belonged to a branch on a past date after a mid-year transfer", async () => {
    const mover = await createMember(testDb(), organ.branchA.id, { name: "调动者", fromDate: "2023-01-01" });
    signedInAs(await signIn(organ.partyOffice.username));
    expect(await getCurrentUser()).not.toBeNull();
    expect(await transferMemberAction({ memberId: mover.id, toBranchId: organ.branchB.id, onDate: "2024-07-01" })).toMatchObject({ ok: true });

    const names = async (branchId: string, date: string) => (await membersOfUnitOn(branchId, day(date), testDb())).map((m) => m.name);
    expect(await names(organ.branchA.id, "2024-06-30")).toContain("调动者");
    expect(await names(organ.branchA.id, "2024-07-01")).not.toContain("调动者");
    expect(await names(organ.branchB.id, "2024-06-30")).not.toContain("调动者");
    expect(await names(organ.branchB.id, "2024-07-01")).toContain("调动者");
    expect(await names(organ.branchA.id, "2022-12-31")).not.toContain("调动者");
  });

  it("refuses a secretary moving a member across branches", async () => {
    signedInAs(await signIn(organ.secretaryA.username));
    const result = await transferMemberAction({ memberId: organ.memberA.id, toBranchId: organ.branchB.id, onDate: "2024-07-01" });
    expect(result.ok).toBe(false);
    expect(await testDb().membership.count({ where: { memberId: organ.memberA.id } })).toBe(1);
  });
});
