import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { createStudyFormAction, createStudyTaskAction, updateStudyTaskAction } from "@/lib/checklist/actions";
import { taskProgress } from "@/lib/checklist/queries/task-progress";
import { taskListQuerySchema } from "@/lib/checklist/schema";
import { listStudyTasks } from "@/lib/checklist/service";
import { createOrgan, day, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;

beforeAll(async () => {
  organ = await createOrgan(testDb());
});

async function ok<T>(result: Promise<{ ok: true; data: T } | { ok: false; error: string; fieldErrors?: unknown }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`${settled.error} ${JSON.stringify(settled.fieldErrors)}`);
  return settled.data;
}

describe("study checklist", () => {
  it("marks a task overdue when it is not done by its deadline, and done-late when finished after it", async () => {
    signedInAs(await signIn(organ.partyOffice.username));
    const form = await ok(createStudyFormAction({ year: "2024", name: "专题读书班" }));
    const task = (content: string, deadline: string, status: string, completedOn?: string) =>
      ok(createStudyTaskAction({ formId: form.id, content, deadline, leadUnit: "机关党委", responsibleUnits: "办公室、人事处", status, completedOn }));
    const late = await task("逾期未完成", "2024-03-31", "IN_PROGRESS");
    await task("尚未开始但已过期", "2024-06-30", "NOT_STARTED");
    await task("按时完成", "2024-06-30", "DONE", "2024-06-28");
    await task("逾期完成", "2024-03-31", "DONE", "2024-04-10");
    await task("期限未到", "2024-12-31", "NOT_STARTED");

    // 31 December's deadline has not passed on 31 December itself.
    expect(await taskProgress(2024, day("2024-12-31"))).toEqual({ forms: 1, tasks: 5, done: 2, inProgress: 1, notStarted: 2, overdue: 2, doneLate: 1 });
    expect((await taskProgress(2024, day("2024-05-01"))).overdue).toBe(1);

    const user = (await getCurrentUser())!;
    const overdue = await listStudyTasks(user, 2024, taskListQuerySchema.parse({ status: "OVERDUE" }));
    // The list decides "today" in Asia/Shanghai; every deadline above is long past.
    expect(overdue.rows.map((row) => row.content).sort()).toEqual(["尚未开始但已过期", "期限未到", "逾期未完成"].sort());

    // Finishing the task takes it off the overdue list; a done task needs its completion date.
    expect(
      await updateStudyTaskAction({ id: late.id, version: 1, formId: form.id, content: "逾期未完成", deadline: "2024-03-31", leadUnit: "机关党委", status: "DONE" }),
    ).toMatchObject({ ok: false, fieldErrors: { completedOn: ["已完成的任务须填写完成日期"] } });
    await ok(
      updateStudyTaskAction({ id: late.id, version: 1, formId: form.id, content: "逾期未完成", deadline: "2024-03-31", leadUnit: "机关党委", status: "DONE", completedOn: "2024-04-02" }),
    );
    expect(await taskProgress(2024, day("2024-12-31"))).toMatchObject({ done: 3, overdue: 1, doneLate: 2 });
    const stored = await testDb().studyTask.findFirstOrThrow({ where: { content: "期限未到" } });
    expect(stored.responsibleUnits).toEqual(["办公室", "人事处"]);
  });

  it("is the Party office's to keep", async () => {
    signedInAs(await signIn(organ.secretaryA.username));
    expect(await createStudyFormAction({ year: "2024", name: "支部自拟" })).toMatchObject({ ok: false, error: "您没有权限执行此操作" });
  });
});
