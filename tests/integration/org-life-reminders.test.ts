import { beforeAll, describe, expect, it } from "vitest";
import { runSweeps } from "@/lib/jobs/sweeps";
import { orgLifeReminderSweep } from "@/lib/org-life/reminders";
import { createBranch, createCommittee, createUser, day } from "../factories";
import { testDb } from "./helpers";

let secretaryId: string;
let branchId: string;

beforeAll(async () => {
  const committee = await createCommittee(testDb());
  const branch = await createBranch(testDb(), committee.id, "提醒测试党支部");
  branchId = branch.id;
  secretaryId = (await createUser(testDb(), "SECRETARY", { branchId })).id;
  await testDb().orgLifeMeeting.create({ data: { orgUnitId: branchId, kind: "COMMITTEE_MEETING", date: day("2024-03-04"), topic: "三月支委会" } });
});

const titles = async () => (await testDb().notification.findMany({ where: { userId: secretaryId }, orderBy: { title: "asc" } })).map((row) => row.title);

describe("organisational-life reminders", () => {
  it("say nothing while a period still has more than a week to run", async () => {
    // 23 March 15:00 UTC is 23 March in Beijing: eight days left in March.
    expect(await orgLifeReminderSweep.run(new Date("2024-03-23T15:00:00Z"))).toEqual({ notified: 0 });
  });

  it("remind the branch's secretary a week before a period ends of each kind still due, once", async () => {
    // 24 March 16:30 UTC is already 25 March in Beijing: six days left in March and in the first quarter.
    const now = new Date("2024-03-24T16:30:00Z");
    expect(await runSweeps(now, [orgLifeReminderSweep])).toEqual([{ name: "orgLife.dueReminders", status: "done", notified: 3 }]);
    // The 支委会 was held in March; the 党员大会 and 党课 of the quarter and March's 主题党日 were not.
    expect(await titles()).toEqual(
      ["提醒测试党支部第 1 季度尚有支部党员大会未召开", "提醒测试党支部第 1 季度尚有党课未召开", "提醒测试党支部3 月尚有主题党日未召开"].sort(),
    );
    const [notification] = await testDb().notification.findMany({ where: { userId: secretaryId, title: { contains: "主题党日" } } });
    expect(notification).toMatchObject({ level: "YELLOW", link: `/education/org-life/calendar?branch=${branchId}&month=2024-03` });
    expect(notification.body).toContain("2024-03-31");

    // Another run the next hour adds nothing.
    expect(await orgLifeReminderSweep.run(new Date("2024-03-24T17:30:00Z"))).toEqual({ notified: 0 });
    expect(await titles()).toHaveLength(3);
  });
});
