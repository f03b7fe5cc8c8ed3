import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { getCurrentUser } from "@/lib/auth/session";
import { freezeSummaryAction, saveSummaryAction, submitBranchSummaryAction, summaryPlansToTasksAction } from "@/lib/summary/actions";
import { loadSummaryWorkspace, loadVersionDocument, summaryForExport } from "@/lib/summary/service";
import { createStudySessionAction } from "@/lib/study/actions";
import { documentText, type SummaryDocument } from "@/lib/summary/document";
import { summaryDocx } from "@/lib/summary/docx";
import { importYearWorkbook, yearLedgerWorkbook } from "@/lib/ledger/year/workbook";
import { seedReferenceScenario } from "@/prisma/seed/reference";
import { createOrgan, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;
const YEAR = 2023;
const organKey = { year: YEAR, period: "YEAR" as const, orgUnitId: null };

async function actingAs(username: string) {
  signedInAs(await signIn(username));
  return (await getCurrentUser())!;
}

/** The body paragraph of part （n） of 一、基本情况. */
function part(text: string, heading: string): string {
  const lines = text.split("\n");
  const index = lines.findIndex((line) => line.startsWith(heading));
  expect(index, heading).toBeGreaterThan(-1);
  return lines[index + 1];
}

beforeAll(async () => {
  organ = await createOrgan(testDb());
  await seedReferenceScenario(YEAR);
});

describe("the reference scenario", () => {
  it("states the reference's figures in the reference's sections", async () => {
    const user = await actingAs(organ.partyOffice.username);
    const { text } = await loadSummaryWorkspace(user, organKey);
    expect(text.split("\n")[0]).toBe(`${YEAR}年党组党建工作总结及下一步工作计划`);
    const education = part(text, "（一）");
    for (const phrase of ["今年已开展中心组学习12次，累计48人发言", "细化为10种学习形式37项学习任务", "设计11项活动载体", "各基层党组织开展主题活动40余次", "提交作品30篇"]) {
      expect(education).toContain(phrase);
    }
    const management = part(text, "（二）");
    for (const phrase of ["细化为18项具体落实举措", "梳理反馈共性问题20条，个性问题50条", "从10个上升到20个，实现了全覆盖", "开展宣传30余次，较上半年的15次大幅提高"]) {
      expect(management).toContain(phrase);
    }
    expect(part(text, "（三）")).toContain("对重点项目评审、现场考察等监督20余次");
    const mass = part(text, "（四）");
    for (const phrase of ["3次召开工作推进会", "先后13次赴“双联共建”村", "每次中心组学习选派2名优秀代表列席发言"]) expect(mass).toContain(phrase);
    expect(text).not.toMatch(/[^\d]0[次条项个篇名人种]/);
  });

  it("computes figures from the records: one more central-group session makes 12次 13次", async () => {
    await actingAs(organ.partyOffice.username);
    const result = await createStudySessionAction({ level: "PARTY_GROUP", kind: "CENTRAL_GROUP", date: `${YEAR}-12-20`, topic: "年终集体学习" });
    expect(result.ok).toBe(true);
    const user = await actingAs(organ.partyOffice.username);
    const { text } = await loadSummaryWorkspace(user, organKey);
    expect(part(text, "（一）")).toContain("今年已开展中心组学习13次");
    // Speeches are per speech: none were added.
    expect(part(text, "（一）")).toContain("累计48人发言");
  });

  it("offers 余 as an option only: the office can state the exact count", async () => {
    const user = await actingAs(organ.partyOffice.username);
    const before = await loadSummaryWorkspace(user, organKey);
    expect(before.roundable).toContain("integrity.supervisionChecks");
    const saved = await saveSummaryAction({ ...organKey, draftVersion: before.draft?.version ?? 0, rounding: { "integrity.supervisionChecks": false } });
    expect(saved.ok).toBe(true);
    const after = await loadSummaryWorkspace(user, organKey);
    expect(part(after.text, "（三）")).toContain("监督23次");
  });
});

describe("freezing", () => {
  it("keeps a frozen version's figures and text when records change", async () => {
    const user = await actingAs(organ.partyOffice.username);
    const workspace = await loadSummaryWorkspace(user, organKey);
    const saved = await saveSummaryAction({ ...organKey, draftVersion: workspace.draft?.version ?? 0, problems: "（一）理论学习还不够系统深入。学习形式较单一。" });
    expect(saved.ok).toBe(true);
    const frozen = await freezeSummaryAction({ ...organKey, note: "报党组审定稿" });
    expect(frozen.ok).toBe(true);
    const number = frozen.ok ? frozen.data.number : 0;
    const snapshot = await loadVersionDocument(user, organKey, number);
    expect(snapshot.text).toContain("理论学习还不够系统深入");
    const sessions = snapshot.figures["education.centralGroupSessions"];

    await actingAs(organ.partyOffice.username);
    await createStudySessionAction({ level: "PARTY_GROUP", kind: "CENTRAL_GROUP", date: `${YEAR}-12-27`, topic: "冻结后新增的学习" });
    const live = await loadSummaryWorkspace(await actingAs(organ.partyOffice.username), organKey);
    expect(live.figures["education.centralGroupSessions"]).toBe(sessions + 1);
    const again = await loadVersionDocument(user, organKey, number);
    expect(again.figures["education.centralGroupSessions"]).toBe(sessions);
    expect(again.text).toBe(snapshot.text);
    const audit = await testDb().auditLog.findFirst({ where: { action: "FREEZE", entity: "SummaryVersion" } });
    expect(audit).not.toBeNull();
  });

  it("refuses a stale save", async () => {
    await actingAs(organ.partyOffice.username);
    const result = await saveSummaryAction({ ...organKey, draftVersion: 0, causes: "旧页面上的编辑" });
    expect(result.ok).toBe(false);
  });
});

describe("export", () => {
  it("exports the live draft as the workspace reads it, and a frozen version by its number", async () => {
    const user = await actingAs(organ.partyOffice.username);
    const workspace = await loadSummaryWorkspace(user, organKey);
    const live = await summaryForExport(user, organKey, null);
    expect(live.label).toBe("draft");
    expect(live.document).toEqual(workspace.document);
    const body = await (await JSZip.loadAsync(await summaryDocx(live.document))).file("word/document.xml")!.async("string");
    expect(body).toContain(`今年已开展中心组学习${workspace.figures["education.centralGroupSessions"]}次`);
    const frozen = await summaryForExport(user, organKey, 1);
    expect(frozen.label).toBe("v1");
    expect(frozen.document).toEqual((await loadVersionDocument(user, organKey, 1)).document);
  });

  it("drafts through the client it is given: a session not yet committed there counts in its export only", async () => {
    const user = await actingAs(organ.partyOffice.username);
    const sessions = (document: SummaryDocument) => Number(/今年已开展中心组学习(\d+)次/.exec(documentText(document))?.[1]);
    const before = sessions((await summaryForExport(user, organKey, null)).document);
    let inside = 0;
    await expect(
      testDb().$transaction(async (tx) => {
        await tx.studySession.create({ data: { level: "PARTY_GROUP", kind: "CENTRAL_GROUP", date: new Date(`${YEAR}-12-28`), topic: "事务内的学习" } });
        inside = sessions((await summaryForExport(user, organKey, null, tx)).document);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(inside).toBe(before + 1);
    expect(sessions((await summaryForExport(user, organKey, null)).document)).toBe(before);
  });
});

describe("who may do what", () => {
  it("lets leadership read the organ's summary but not edit it", async () => {
    const leader = await actingAs(organ.leader.username);
    const workspace = await loadSummaryWorkspace(leader, organKey);
    expect(workspace.canEdit).toBe(false);
    expect(workspace.canExport).toBe(false);
    const result = await freezeSummaryAction(organKey);
    expect(result.ok).toBe(false);
  });

  it("lets a secretary draft and submit their branch's summary, not another's, and shows the office who submitted", async () => {
    const secretary = await actingAs(organ.secretaryA.username);
    const own = { year: YEAR, period: "YEAR" as const, orgUnitId: organ.branchA.id };
    const workspace = await loadSummaryWorkspace(secretary, own);
    expect(workspace.canEdit).toBe(true);
    expect((await submitBranchSummaryAction(own)).ok).toBe(true);
    expect((await submitBranchSummaryAction({ ...own, orgUnitId: organ.branchB.id })).ok).toBe(false);
    await expect(loadSummaryWorkspace(secretary, organKey)).rejects.toThrow();
    const office = await actingAs(organ.partyOffice.username);
    const { tracker } = await loadSummaryWorkspace(office, organKey);
    expect(tracker?.find((row) => row.orgUnitId === organ.branchA.id)?.submittedAt).toBeTruthy();
    expect(tracker?.find((row) => row.orgUnitId === organ.branchB.id)?.submittedAt).toBeNull();
  });
});

describe("下步打算 → next year's work points", () => {
  it("creates one task per item, once", async () => {
    const user = await actingAs(organ.partyOffice.username);
    const workspace = await loadSummaryWorkspace(user, organKey);
    await saveSummaryAction({ ...organKey, draftVersion: workspace.draft!.version, plans: "（一）压紧压实责任。坚决扛起管党治党责任。\n（二）夯实理论武装。抓好学习培训。" });
    const first = await summaryPlansToTasksAction(organKey);
    expect(first.ok && first.data.created).toBe(2);
    const second = await summaryPlansToTasksAction(organKey);
    expect(second.ok && second.data.created).toBe(0);
    const tasks = await testDb().workTask.findMany({ where: { year: YEAR + 1, sourceSummaryRef: { startsWith: "summary:" } } });
    expect(tasks.map((task) => task.title).sort()).toEqual(["压紧压实责任", "夯实理论武装"].sort());
  });
});

describe("completeness check", () => {
  it("lists quiet branches, zero figures and items closed without evidence", async () => {
    const user = await actingAs(organ.partyOffice.username);
    const { completeness } = await loadSummaryWorkspace(user, organKey, { check: true });
    expect(completeness).not.toBeNull();
    expect(completeness!.closedWithoutEvidence.length).toBe(15);
    expect(completeness!.emptyPillars).toEqual([]);
    expect(completeness!.quietBranches.some((row) => row.orgUnitId === organ.branchB.id)).toBe(true);
  });
});

describe("year ledger workbook", () => {
  async function exported() {
    const user = await actingAs(organ.partyOffice.username);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await yearLedgerWorkbook(user, YEAR)) as unknown as ArrayBuffer);
    return { user, workbook };
  }
  const bytes = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());
  const counts = async () => {
    const db = testDb();
    return { sessions: await db.studySession.count({ where: { deletedAt: null } }), speeches: await db.studySpeech.count(), checks: await db.supervisionCheck.count(), mass: await db.massActivity.count() };
  };

  it("has a sheet per record type with Chinese headers, a record-id column, frozen filtered headers and dates as dates", async () => {
    const { workbook } = await exported();
    const study = workbook.getWorksheet("理论学习")!;
    expect(study.getRow(1).getCell(1).value).toBe("记录ID");
    expect(study.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(study.autoFilter).toBeTruthy();
    const dateColumn = (study.getRow(1).values as string[]).indexOf("日期");
    expect(study.getRow(2).getCell(dateColumn).value).toBeInstanceOf(Date);
    for (const name of ["学习发言", "学习列席", "组织生活", "主题活动", "学习任务", "廉政活动", "监督检查", "群团活动"]) expect(workbook.getWorksheet(name), name).toBeTruthy();
  });

  it("importing the same workbook twice updates instead of duplicating", async () => {
    const { user, workbook } = await exported();
    const before = await counts();
    for (let round = 0; round < 2; round += 1) {
      const report = await importYearWorkbook(user, await bytes(workbook), YEAR, "all");
      expect(report.problems).toEqual([]);
      expect(report.created).toBe(0);
      expect(report.updated).toBeGreaterThan(0);
    }
    expect(await counts()).toEqual(before);
  });

  it("matches a row without an id on its natural key", async () => {
    const { user, workbook } = await exported();
    const checks = workbook.getWorksheet("监督检查")!;
    checks.getRow(2).getCell(1).value = null;
    const before = await counts();
    const report = await importYearWorkbook(user, await bytes(workbook), YEAR, "all");
    expect(report.problems).toEqual([]);
    expect(report.created).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("writes nothing from a workbook with a bad row and reports the bad cells in Chinese; or, by choice, only the valid rows", async () => {
    const { user, workbook } = await exported();
    const checks = workbook.getWorksheet("监督检查")!;
    const headers = checks.getRow(1).values as string[];
    const column = (name: string) => headers.indexOf(name);
    const good = checks.addRow([]);
    good.getCell(column("类别")).value = "日常监督";
    good.getCell(column("监督对象")).value = "导入的日常监督";
    good.getCell(column("日期")).value = new Date(Date.UTC(YEAR, 10, 11));
    const bad = checks.addRow([]);
    bad.getCell(column("类别")).value = "不存在的类别";
    bad.getCell(column("监督对象")).value = "错误的一行";
    bad.getCell(column("日期")).value = "2023-13-45";
    const before = await counts();

    const all = await importYearWorkbook(user, await bytes(workbook), YEAR, "all");
    expect(all.written).toBe(false);
    expect(await counts()).toEqual(before);
    const problems = all.problems.filter((problem) => problem.row === bad.number);
    expect(problems.map((problem) => problem.column).sort()).toEqual(["日期", "类别"].sort());
    expect(problems.every((problem) => problem.sheet === "监督检查" && /[\u4e00-\u9fa5]/.test(problem.message))).toBe(true);
    expect(await testDb().supervisionCheck.count({ where: { target: "导入的日常监督" } })).toBe(0);

    const valid = await importYearWorkbook(user, await bytes(workbook), YEAR, "valid");
    expect(valid.created).toBe(1);
    expect(valid.problems.some((problem) => problem.row === bad.number)).toBe(true);
    expect(await testDb().supervisionCheck.count({ where: { target: "导入的日常监督" } })).toBe(1);
  });
});
