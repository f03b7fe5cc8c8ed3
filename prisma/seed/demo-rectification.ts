// The demo organ's supervision and rectification, after section （二） of the reference summary
// and its 存在问题: a quarterly round with a common and an individual finding raised into items,
// a democratic life meeting whose plan breaks the feedback into items, and last year's
// evaluations. Deadlines sit around today so the board shows every colour of escalation.
// Written through the workflow's own functions, so the demo obeys the same rules as the app.
import type { AuditActor } from "@/lib/audit/service";
import type { Tx } from "@/lib/db/connect";
import { parseCalendarDate, todayInOrgan } from "@/lib/dates";
import { addCheckIn, insertItem, findLiveItem } from "@/lib/rectification/workflow";
import { insertFinding, insertRound, raiseItemsFromFinding } from "@/lib/supervision/workflow";

export async function seedRectificationDemo(tx: Tx) {
  const today = todayInOrgan();
  const year = today.getUTCFullYear();
  const inDays = (days: number) => new Date(today.getTime() + days * 86_400_000);
  const on = (month: number, dayOfMonth: number) => {
    const date = parseCalendarDate(`${year}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`)!;
    return date > today ? today : date;
  };
  const office = await tx.user.findFirstOrThrow({ where: { role: "PARTY_OFFICE" }, select: { id: true, displayName: true, role: true } });
  const actor: AuditActor = office;
  const leaders = await tx.user.findMany({ where: { role: "LEADER" }, orderBy: { username: "asc" }, select: { id: true } });
  const branches = await tx.orgUnit.findMany({ where: { type: "BRANCH", deletedAt: null }, orderBy: { sortOrder: "asc" }, select: { id: true, supervisingLeaderId: true } });
  const secretaries = await tx.user.findMany({ where: { role: "SECRETARY" }, select: { id: true, branchId: true } });
  const secretaryOf = (branchId: string) => secretaries.find((secretary) => secretary.branchId === branchId)!.id;
  // The Party group's secretary (the `leader` account) verifies: the browser tests sign in as him.
  const verifierId = leaders[0].id;

  const round = await insertRound(tx, actor, {
    kind: "QUARTERLY",
    periodStart: on(3, 1),
    periodEnd: on(3, 31),
    focus: "支部生活落实情况",
    inspectors: "机关党委督查组",
    "branchIds[]": branches.slice(0, 4).map((branch) => branch.id),
  });
  const common = await insertFinding(tx, actor, {
    roundId: round.id,
    scope: "COMMON",
    description: "“三会一课”记录不规范，部分会议未记录参会人员和讨论情况",
    severity: "MEDIUM",
    "branchIds[]": branches.slice(0, 3).map((branch) => branch.id),
  });
  await insertFinding(tx, actor, { roundId: round.id, scope: "INDIVIDUAL", description: "主题党日活动形式单一，与业务工作结合不紧", severity: "LOW", "branchIds[]": [branches[3].id] });
  const raised = await raiseItemsFromFinding(tx, actor, { findingId: common.id, measures: "统一会议记录模板，支部书记逐月审核签字", class: "DEADLINE", deadline: inDays(15), verifierId, responsibleLeaderId: null, planId: null }, office.id);
  // The first branch has started: its secretary reported progress.
  const started = await findLiveItem(tx, raised[0].id);
  const owner = await tx.user.findUniqueOrThrow({ where: { id: started.ownerId }, select: { id: true, displayName: true, role: true } });
  await addCheckIn(tx, owner, started, { date: inDays(-2), progress: "已统一会议记录模板，正在补齐一季度记录" });

  const meeting = await tx.democraticLifeMeeting.create({
    data: { date: on(1, 25), title: `${year - 1}年度党组民主生活会`, content: "围绕抓基层党建责任落实，查摆支部书记抓党建力度不均衡、党务干部变动频繁等问题。", createdById: office.id, updatedById: office.id },
  });
  const plan = await tx.rectificationPlan.create({
    data: { year, title: "党组民主生活会查摆问题整改落实方案", source: "DEMOCRATIC_LIFE", sourceRecordType: "DemocraticLifeMeeting", sourceRecordId: meeting.id, createdById: office.id, updatedById: office.id },
  });
  const planItem = { planId: plan.id, source: "DEMOCRATIC_LIFE" as const, sourceRecordType: "DemocraticLifeMeeting", sourceRecordId: meeting.id, findingId: null, orgUnitId: null };
  await insertItem(tx, actor, { ...planItem, problem: "党务干部变动频繁，业务能力有待提升", measures: "建立党务干部AB岗，每半年开展一次党务培训", class: "LONG_TERM", responsibleLeaderId: leaders[2 % leaders.length].id, department: "机关党委", ownerId: office.id, verifierId, deadline: inDays(60) });
  await insertItem(tx, actor, { ...planItem, problem: "支部书记抓党建述职问题清单未逐项对账", measures: "建立问题清单台账，逐项明确整改时限", class: "DEADLINE", responsibleLeaderId: leaders[1 % leaders.length].id, department: "机关党委", ownerId: office.id, verifierId, deadline: inDays(5) });
  // A branch's item already past its deadline.
  const late = branches[4];
  await insertItem(tx, actor, {
    planId: null,
    source: "REVIEW_FEEDBACK",
    sourceRecordType: null,
    sourceRecordId: null,
    findingId: null,
    problem: "支部学习计划执行不够严格，个人自学计划未按时报送",
    measures: "支部书记督促党员按时报送个人自学计划，每季度检查一次",
    class: "IMMEDIATE",
    responsibleLeaderId: late.supervisingLeaderId ?? verifierId,
    orgUnitId: late.id,
    department: null,
    ownerId: secretaryOf(late.id),
    verifierId,
    deadline: inDays(-3),
  });

  await tx.branchEvaluation.createMany({
    data: branches.map((branch, index) => ({
      year: year - 1,
      orgUnitId: branch.id,
      grade: (["GOOD", "GOOD", "FAIRLY_GOOD", "GOOD", "FAIRLY_GOOD", "AVERAGE", "GOOD", "FAIRLY_GOOD"] as const)[index % 8],
      score: 95 - index * 2,
      feedback: index % 3 === 2 ? "支部学习计划执行不够严格，需加强督促" : null,
      createdById: office.id,
      updatedById: office.id,
    })),
  });
}
