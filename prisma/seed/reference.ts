// The reference scenario (`npm run seed:reference [year]`): a year of work of an organ like the
// one in docs' reference summary (/work/shared/reference/annual-summary-example.txt), one record
// per session, activity, finding, item and visit — never totals — so that the drafted summary
// states the reference's figures because the records add up to them.
//
// Education, integrity and mass records go through the same service functions the forms use
// (input parsed by the forms' zod schemas). The management records (rectification, supervision
// findings, joint-building, publicity) are created directly with Prisma in their own step below,
// because their service functions are not on this branch yet.
import { pathToFileURL } from "node:url";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { createStudySession } from "@/lib/study/service";
import { createStudySessionSchema } from "@/lib/study/schema";
import { createStudyForm, createStudyTask } from "@/lib/checklist/service";
import { createStudyFormSchema, createStudyTaskSchema } from "@/lib/checklist/schema";
import { createActivity, createVehicle } from "@/lib/activities/service";
import { createActivitySchema, createVehicleSchema } from "@/lib/activities/schema";
import { createSupervisionCheck } from "@/lib/integrity/checks";
import { createSupervisionCheckSchema } from "@/lib/integrity/schema";
import { createMassActivity } from "@/lib/mass/service";
import { createMassActivitySchema } from "@/lib/mass/schema";

/** The figures of the reference summary, the scenario's targets (the summary recomputes them). */
export const REFERENCE = {
  centralGroupSessions: 12,
  speechesPerSession: 4,
  youthRepsPerSession: 2,
  studyForms: 10,
  studyTasks: 37,
  vehicles: 11,
  branchThemedActivities: 43,
  contestEntries: 30,
  reviewFeedbackMeasures: 18,
  commonFindings: 20,
  individualFindings: 50,
  branches: 20,
  jointBranchesH1: 10,
  publicityH1: 15,
  publicityH2: 32,
  supervisionChecks: 23,
  promotionMeetings: 3,
  villageVisits: 13,
} as const;

const pad = (n: number) => String(n).padStart(2, "0");
/** The n-th of `count` dates spread over the months [first, last] of the year, as yyyy-mm-dd. */
function spread(year: number, n: number, count: number, first = 1, last = 12): string {
  const months = last - first + 1;
  const month = first + Math.floor((n * months) / count);
  const day = 3 + ((n * 7) % 24);
  return `${year}-${pad(month)}-${pad(day)}`;
}

async function partyOfficeUser(): Promise<CurrentUser> {
  const user = await db.user.findFirst({ where: { role: "PARTY_OFFICE", active: true }, orderBy: { createdAt: "asc" } });
  if (!user) throw new Error("No Party office account: run `npm run db:seed` (or create one) first.");
  return { id: user.id, username: user.username, displayName: user.displayName, role: "PARTY_OFFICE", branchId: null, mustChangePassword: false, mustEnrolTotp: false, sessionId: "seed-reference" };
}

/** Live 党支部 in the year, topped up to the reference's twenty (the org tree is the administrator's; seeded directly). */
async function referenceBranches(year: number) {
  const live = () =>
    db.orgUnit.findMany({
      where: { type: "BRANCH", deletedAt: null, effectiveFrom: { lte: new Date(`${year}-12-31T00:00:00Z`) }, OR: [{ effectiveTo: null }, { effectiveTo: { gte: new Date(`${year}-01-01T00:00:00Z`) } }] },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    });
  const existing = await live();
  const parent = await db.orgUnit.findFirst({ where: { type: { in: ["COMMITTEE", "GENERAL_BRANCH"] }, deletedAt: null }, orderBy: { sortOrder: "asc" } });
  for (let n = existing.length + 1; n <= REFERENCE.branches; n += 1) {
    await db.orgUnit.create({ data: { type: "BRANCH", name: `第${n}党支部`, parentId: parent?.id ?? null, effectiveFrom: new Date(`${year}-01-01T00:00:00Z`), sortOrder: 100 + n } });
  }
  return live();
}

async function seedEducation(user: CurrentUser, year: number, branches: { id: string }[]) {
  const kinds = ["CENTRAL_GROUP", "CENTRAL_GROUP", "READING_CLASS", "CENTRAL_GROUP", "CENTRAL_GROUP", "EXPERT_LECTURE", "CENTRAL_GROUP", "CENTRAL_GROUP", "READING_CLASS", "CENTRAL_GROUP", "CENTRAL_GROUP", "CENTRAL_GROUP"];
  const tags = ["LEADERSHIP", "LEADERSHIP", "UNIT_HEAD", "YOUTH_REP"] as const;
  for (let n = 0; n < REFERENCE.centralGroupSessions; n += 1) {
    await createStudySession(
      user,
      createStudySessionSchema.parse({
        level: "PARTY_GROUP",
        kind: kinds[n % kinds.length],
        date: spread(year, n, REFERENCE.centralGroupSessions),
        topic: `党组理论学习中心组第${n + 1}次集体学习`,
        speeches: Array.from({ length: REFERENCE.speechesPerSession }, (_, s) => ({ speakerName: `发言人${n + 1}-${s + 1}`, tag: tags[s % tags.length] })),
        nonVoting: Array.from({ length: REFERENCE.youthRepsPerSession }, (_, s) => ({ name: `青年代表${n + 1}-${s + 1}`, tag: "YOUTH_REP" })),
      }),
    );
  }
  const forms = [];
  for (let n = 0; n < REFERENCE.studyForms; n += 1) {
    forms.push(await createStudyForm(user, createStudyFormSchema.parse({ year, name: `学习形式${n + 1}`, sortOrder: n })));
  }
  for (let n = 0; n < REFERENCE.studyTasks; n += 1) {
    await createStudyTask(
      user,
      createStudyTaskSchema.parse({
        formId: forms[n % forms.length].id,
        content: `理论学习任务${n + 1}`,
        deadline: spread(year, n, REFERENCE.studyTasks),
        leadUnit: "机关党委",
        responsibleUnits: "各基层党组织",
        status: "DONE",
        completedOn: spread(year, n, REFERENCE.studyTasks),
      }),
    );
  }
  const vehicles = [];
  for (let n = 0; n < REFERENCE.vehicles; n += 1) {
    vehicles.push(await createVehicle(user, createVehicleSchema.parse({ year, name: `“献良策、解难题、建新功”活动载体${n + 1}`, sortOrder: n })));
  }
  for (let n = 0; n < REFERENCE.branchThemedActivities; n += 1) {
    await createActivity(
      user,
      createActivitySchema.parse({
        orgUnitId: branches[n % branches.length].id,
        vehicleId: vehicles[n % vehicles.length].id,
        kind: "OTHER",
        date: spread(year, n, REFERENCE.branchThemedActivities, 3, 12),
        title: `主题活动${n + 1}`,
        participantCount: 20,
      }),
    );
  }
  await createActivity(user, createActivitySchema.parse({ kind: "SPEECH_CONTEST", date: `${year}-05-04`, title: "青年干部主题演讲比赛", entryCount: REFERENCE.contestEntries, participantCount: 60 }));
}

async function seedIntegrityAndMass(user: CurrentUser, year: number) {
  const checkKinds = ["PROJECT_REVIEW", "SITE_INSPECTION", "KEY_DEPARTMENT"] as const;
  for (let n = 0; n < REFERENCE.supervisionChecks; n += 1) {
    await createSupervisionCheck(user, createSupervisionCheckSchema.parse({ kind: checkKinds[n % checkKinds.length], target: `重点项目评审、现场考察监督${n + 1}`, date: spread(year, n, REFERENCE.supervisionChecks) }));
  }
  for (let n = 0; n < REFERENCE.promotionMeetings; n += 1) {
    await createMassActivity(user, createMassActivitySchema.parse({ kind: "PROMOTION_MEETING", date: spread(year, n, REFERENCE.promotionMeetings), title: `文明单位创建工作推进会（第${n + 1}次）` }));
  }
  for (let n = 0; n < REFERENCE.villageVisits; n += 1) {
    await createMassActivity(
      user,
      createMassActivitySchema.parse({ kind: "VILLAGE_VISIT", date: spread(year, n, REFERENCE.villageVisits), title: `赴“双联共建”村开展活动（第${n + 1}次）`, services: ["SKILLS_TRAINING", "HEALTH_CLINIC"], peopleServed: 40 }),
    );
  }
}

/** Management records, written directly: their services (rectification, supervision, joint-building, publicity) are built elsewhere. */
async function seedManagementDirectly(user: CurrentUser, year: number, branches: { id: string }[]) {
  const day = (value: string) => new Date(`${value}T00:00:00Z`);
  const plan = await db.rectificationPlan.create({ data: { year, title: "党组书记抓基层党建述职反馈意见整改落实方案", source: "REVIEW_FEEDBACK", createdById: user.id } });
  for (let n = 0; n < REFERENCE.reviewFeedbackMeasures; n += 1) {
    await db.rectificationItem.create({
      data: {
        planId: plan.id,
        source: "REVIEW_FEEDBACK",
        problem: `述职反馈问题${n + 1}`,
        measures: `具体落实举措${n + 1}`,
        class: "DEADLINE",
        ownerId: user.id,
        verifierId: user.id,
        deadline: day(spread(year, n, REFERENCE.reviewFeedbackMeasures, 3, 12)),
        status: n < 15 ? "CLOSED" : "IN_PROGRESS",
        closedOn: n < 15 ? day(spread(year, n, REFERENCE.reviewFeedbackMeasures, 3, 12)) : null,
        createdById: user.id,
      },
    });
  }
  const round = await db.supervisionRound.create({
    data: { kind: "QUARTERLY", periodStart: day(`${year}-04-01`), periodEnd: day(`${year}-06-30`), focus: "支部组织生活落实情况", inspectors: "机关党委督查组", createdById: user.id, branches: { create: branches.map((branch) => ({ orgUnitId: branch.id })) } },
  });
  for (let n = 0; n < REFERENCE.commonFindings; n += 1) {
    await db.supervisionFinding.create({ data: { roundId: round.id, scope: "COMMON", description: `共性问题${n + 1}`, createdById: user.id, branches: { create: branches.slice(0, 5).map((branch) => ({ orgUnitId: branch.id })) } } });
  }
  for (let n = 0; n < REFERENCE.individualFindings; n += 1) {
    await db.supervisionFinding.create({ data: { roundId: round.id, scope: "INDIVIDUAL", description: `个性问题${n + 1}`, createdById: user.id, branches: { create: [{ orgUnitId: branches[n % branches.length].id }] } } });
  }
  const partner = await db.jointPartner.create({ data: { name: "共建企业", kind: "ENTERPRISE", createdById: user.id } });
  // One joint activity per branch and half: ten branches in the first half, every branch in the second.
  for (const [index, branch] of branches.entries()) {
    if (index < REFERENCE.jointBranchesH1) {
      await db.jointActivity.create({ data: { partnerId: partner.id, date: day(spread(year, index, branches.length, 1, 6)), title: "党建联建活动", createdById: user.id, branches: { create: [{ orgUnitId: branch.id }] } } });
    }
    await db.jointActivity.create({ data: { partnerId: partner.id, date: day(spread(year, index, branches.length, 7, 12)), title: "党建联建活动", createdById: user.id, branches: { create: [{ orgUnitId: branch.id }] } } });
  }
  const channels = ["WEBSITE", "WECHAT"] as const;
  for (let n = 0; n < REFERENCE.publicityH1 + REFERENCE.publicityH2; n += 1) {
    const firstHalf = n < REFERENCE.publicityH1;
    const date = firstHalf ? spread(year, n, REFERENCE.publicityH1, 1, 6) : spread(year, n - REFERENCE.publicityH1, REFERENCE.publicityH2, 7, 12);
    await db.publicityItem.create({ data: { channel: channels[n % 2], title: `党建宣传稿件${n + 1}`, date: day(date), createdById: user.id } });
  }
}

export async function seedReferenceScenario(year = 2023) {
  const user = await partyOfficeUser();
  const already = await db.studySession.count({ where: { level: "PARTY_GROUP", deletedAt: null, date: { gte: new Date(`${year}-01-01T00:00:00Z`), lte: new Date(`${year}-12-31T00:00:00Z`) } } });
  if (already > 0) return { created: false, year };
  const branches = await referenceBranches(year);
  await seedEducation(user, year, branches);
  await seedIntegrityAndMass(user, year);
  await seedManagementDirectly(user, year, branches);
  return { created: true, year };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const year = Number(process.argv[2] ?? 2023);
  seedReferenceScenario(year)
    .then((result) => {
      console.log(result.created ? `Reference scenario recorded for ${result.year}.` : `The central group already has sessions in ${result.year}; nothing was added.`);
      process.exit(0);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
