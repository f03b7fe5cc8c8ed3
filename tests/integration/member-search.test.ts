import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { membersOfUnitForPicker, searchMembers } from "@/lib/roster/member-search";
import { createMember, createOrgan, day, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;

beforeAll(async () => {
  organ = await createOrgan(testDb());
  await createMember(testDb(), organ.branchA.id, { name: "王甲支部" });
  await createMember(testDb(), organ.branchB.id, { name: "王乙支部" });
  await createMember(testDb(), organ.branchA.id, { name: "王后来", fromDate: "2030-01-01" });
});

async function as(username: string) {
  signedInAs(await signIn(username));
  return (await getCurrentUser())!;
}

describe("member picker search", () => {
  it("finds members on the roster today by name, across branches for the Party office", async () => {
    const user = await as(organ.partyOffice.username);
    const found = await searchMembers(user, "王");
    expect(found.map((member) => [member.name, member.unitName])).toEqual([
      ["王乙支部", organ.branchB.name],
      ["王甲支部", organ.branchA.name],
    ]);
  });

  it("keeps a secretary to their own branch's roster", async () => {
    const user = await as(organ.secretaryA.username);
    expect((await searchMembers(user, "王")).map((member) => member.name)).toEqual(["王甲支部"]);
    await expect(membersOfUnitForPicker(user, organ.branchB.id, day("2024-01-01"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("picks a whole unit as it stood on a date", async () => {
    const user = await as(organ.partyOffice.username);
    const names = async (date: string) => (await membersOfUnitForPicker(user, organ.branchA.id, day(date))).map((member) => member.name);
    expect(await names("2024-01-01")).not.toContain("王后来");
    expect(await names("2030-06-01")).toContain("王后来");
  });
});
