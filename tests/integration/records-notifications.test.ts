import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { runExclusive } from "@/lib/jobs/run-exclusive";
import { runSweeps, type Sweep } from "@/lib/jobs/sweeps";
import { markAllReadAction, markReadAction } from "@/lib/notifications/actions";
import { listNotifications, notify, unreadCount } from "@/lib/notifications/service";
import { createOrgan, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;
beforeAll(async () => {
  organ = await createOrgan(testDb());
});

async function actingAs(username: string) {
  signedInAs(await signIn(username));
  return (await getCurrentUser())!;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("notifications", () => {
  it("notify a (user, dedupe key) once, even from two transactions at the same time", async () => {
    const warning = { userId: organ.secretaryA.id, kind: "test.escalation", level: "RED" as const, title: "整改事项即将到期", dedupeKey: "item-1:RED" };
    // Two transactions insert the same key concurrently; the unique constraint lets one through.
    const counts = await Promise.all([0, 1].map(() => db.$transaction(async (tx) => notify(tx, [warning]))));
    expect(counts.sort()).toEqual([0, 1]);
    expect(await notify(db, [warning, { ...warning, userId: organ.partyOffice.id }])).toBe(1);
    expect(await testDb().notification.count({ where: { dedupeKey: "item-1:RED" } })).toBe(2);
    // Without a key every call notifies.
    await notify(db, [{ ...warning, dedupeKey: null }, { ...warning, dedupeKey: null }]);
    expect(await testDb().notification.count({ where: { userId: organ.secretaryA.id, kind: "test.escalation" } })).toBe(3);
  });

  it("refuse links that lead off the site", async () => {
    const base = { userId: organ.leader.id, kind: "test", level: "INFO" as const, title: "x" };
    await expect(notify(db, [{ ...base, link: "https://evil.example/" }])).rejects.toThrow();
    await expect(notify(db, [{ ...base, link: "//evil.example/" }])).rejects.toThrow();
    expect(await notify(db, [{ ...base, link: "/management/rectification/abc" }])).toBe(1);
  });

  it("are listed to their own user, unread first, and marked read", async () => {
    const user = await actingAs(organ.secretaryB.username);
    await notify(db, [
      { userId: user.id, kind: "test", level: "INFO", title: "第一条" },
      { userId: user.id, kind: "test", level: "YELLOW", title: "第二条" },
      { userId: organ.secretaryA.id, kind: "test", level: "INFO", title: "别人的" },
    ]);
    expect(await unreadCount(user)).toBe(2);
    const [first] = (await listNotifications(user, 1)).rows;
    expect(await markReadAction({ id: first.id })).toMatchObject({ ok: true });
    expect(await unreadCount(user)).toBe(1);
    const list = await listNotifications(user, 1);
    expect(list.total).toBe(2);
    expect(list.rows.map((row) => row.readAt === null)).toEqual([true, false]);

    const others = await testDb().notification.findFirstOrThrow({ where: { userId: organ.secretaryA.id, title: "别人的" } });
    expect(await markReadAction({ id: others.id })).toMatchObject({ ok: false, error: "记录不存在或已被删除" });
    expect(await markAllReadAction({})).toMatchObject({ ok: true, data: 1 });
    expect(await unreadCount(user)).toBe(0);
    expect((await testDb().notification.findUniqueOrThrow({ where: { id: others.id } })).readAt).toBeNull();
  });
});

describe("sweeps", () => {
  it("run once at a time across instances, and two concurrent runs notify each (user, key) once", async () => {
    let runs = 0;
    const sweep: Sweep = {
      name: "test-overdue",
      async run(now) {
        runs += 1;
        // Long enough for the other run to find the lock taken.
        await sleep(300);
        const notified = await notify(db, [
          { userId: organ.partyOffice.id, kind: "test.overdue", level: "OVERDUE", title: "逾期", dedupeKey: `overdue:${now.toISOString().slice(0, 10)}` },
        ]);
        return { notified };
      },
    };
    const now = new Date("2026-05-04T01:00:00Z");
    const [first, second] = await Promise.all([runSweeps(now, [sweep]), runSweeps(now, [sweep])]);
    expect([first[0].status, second[0].status].sort()).toEqual(["done", "skipped"]);
    expect(runs).toBe(1);
    // A later run (the lock is free again) still notifies nobody twice.
    expect(await runSweeps(now, [sweep])).toEqual([{ name: "test-overdue", status: "done", notified: 0 }]);
    expect(await testDb().notification.count({ where: { kind: "test.overdue" } })).toBe(1);
  });

  it("release the lock when a job fails, and a failing sweep does not stop the next", async () => {
    await expect(runExclusive("test-failing", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await runExclusive("test-failing", async () => "again")).toEqual({ ran: true, result: "again" });
    const outcomes = await runSweeps(new Date(), [
      { name: "broken", run: async () => Promise.reject(new Error("broken")) },
      { name: "fine", run: async () => ({ notified: 0 }) },
    ]);
    expect(outcomes).toEqual([
      { name: "broken", status: "failed" },
      { name: "fine", status: "done", notified: 0 },
    ]);
  });
});
