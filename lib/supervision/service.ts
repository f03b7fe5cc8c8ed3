import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/service";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { forbidden, notFound, validationError } from "@/lib/errors";
import { type FieldLabel, savedStamp, staleVersion } from "@/lib/records/conflict";
import { pageArgs } from "@/lib/records/list-query";
import { assertCanReadRecord, assertLiveBranch, branchScope, readableRecordsWhere, scopeWhere, type BranchScope } from "@/lib/org/scope";
import { msg } from "@/lib/validation";
import type { EvaluationInput, FindingInput, RaiseFromFindingInput, RoundInput, UpdateEvaluationInput, UpdateRoundInput } from "./schema";
import { insertFinding, insertRound, raiseItemsFromFinding } from "./workflow";

// 党建督查 and 述职评议: rounds, findings and evaluations are the Party group's records, written by
// the Party office. A secretary reads the rounds and only the findings that concern their branch.

export const ROUND_PAGE_SIZE = 20;

function assertWritesOrgan(user: CurrentUser) {
  if (!can(user.role, "records.writeOrgan")) throw forbidden();
}

export async function createSupervisionRound(user: CurrentUser, input: RoundInput) {
  assertWritesOrgan(user);
  return db.$transaction((tx) => insertRound(tx, user, input));
}

const roundSelect = { id: true, kind: true, periodStart: true, periodEnd: true, focus: true, inspectors: true, version: true } as const satisfies Prisma.SupervisionRoundSelect;

/** A round as its audit rows store it: the covered branches as a list of ids. */
function roundSnapshot({ branches, ...round }: Prisma.SupervisionRoundGetPayload<{ select: typeof roundSelect & { branches: { select: { orgUnitId: true } } } }>) {
  return { ...round, branchIds: branches.map((branch) => branch.orgUnitId) };
}

/** A round's fields as the round form labels them. */
const roundLabels: Record<string, FieldLabel> = {
  kind: { label: "supervision.fields.kind", values: "supervision.kinds" },
  inspectors: "supervision.fields.inspectors",
  periodStart: "supervision.fields.periodStart",
  periodEnd: "supervision.fields.periodEnd",
  focus: "supervision.fields.focus",
  branchIds: { label: "supervision.fields.branches", opaque: true },
};

export async function updateSupervisionRound(user: CurrentUser, input: UpdateRoundInput) {
  assertWritesOrgan(user);
  return db.$transaction(async (tx) => {
    const before = await tx.supervisionRound.findFirst({ where: { id: input.id, deletedAt: null }, select: { ...roundSelect, branches: { select: { orgUnitId: true } } } });
    if (!before) throw notFound();
    const branchIds = input["branchIds[]"];
    // A branch a finding names stays covered: the finding would otherwise point outside its round.
    const named = await tx.findingBranch.findMany({ where: { finding: { roundId: input.id, deletedAt: null }, orgUnitId: { notIn: branchIds } }, select: { orgUnitId: true }, take: 1 });
    if (named.length) throw validationError({ "branchIds[]": [msg("supervisionBranchHasFindings")] });
    const { count } = await tx.supervisionRound.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { kind: input.kind, periodStart: input.periodStart, periodEnd: input.periodEnd, focus: input.focus, inspectors: input.inspectors, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.supervisionRound.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "SupervisionRound", id: input.id, loaded: input.version, current: roundSnapshot(before), saved, fields: roundLabels });
    }
    const live = await tx.orgUnit.count({ where: { id: { in: branchIds }, type: "BRANCH", deletedAt: null } });
    if (live !== branchIds.length) throw validationError({ "branchIds[]": [msg("invalidChoice")] });
    await tx.supervisionBranch.deleteMany({ where: { roundId: input.id, orgUnitId: { notIn: branchIds } } });
    await tx.supervisionBranch.createMany({ data: branchIds.map((orgUnitId) => ({ roundId: input.id, orgUnitId })), skipDuplicates: true });
    const after = await tx.supervisionRound.findUniqueOrThrow({ where: { id: input.id }, select: roundSelect });
    await writeAudit(tx, {
      actor: user,
      action: "UPDATE",
      entity: "SupervisionRound",
      entityId: input.id,
      before: roundSnapshot(before),
      after: { ...after, branchIds },
    });
    return after;
  });
}

export async function createSupervisionFinding(user: CurrentUser, input: FindingInput) {
  assertWritesOrgan(user);
  return db.$transaction((tx) => insertFinding(tx, user, input));
}

/** Raises the finding's items in one step; the Party office owns those of a branch without a secretary. */
export async function raiseFromFinding(user: CurrentUser, input: RaiseFromFindingInput) {
  assertWritesOrgan(user);
  return db.$transaction(async (tx) => {
    if (input.planId && !(await tx.rectificationPlan.count({ where: { id: input.planId, deletedAt: null } }))) throw validationError({ planId: [msg("invalidChoice")] });
    return raiseItemsFromFinding(tx, user, input, user.id);
  });
}

/** A secretary's findings are their branch's; everyone else reads them all. */
function findingsWhere(scope: BranchScope): Prisma.SupervisionFindingWhereInput {
  return { deletedAt: null, ...(scope.kind === "units" ? { branches: { some: { orgUnitId: { in: scope.unitIds } } } } : {}) };
}

export async function listSupervisionRounds(user: CurrentUser, page: number) {
  const scope = await branchScope(user);
  const where = { deletedAt: null } satisfies Prisma.SupervisionRoundWhereInput;
  const [total, rows] = await Promise.all([
    db.supervisionRound.count({ where }),
    db.supervisionRound.findMany({
      where,
      select: { ...roundSelect, _count: { select: { branches: true, findings: { where: findingsWhere(scope) } } } },
      orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      ...pageArgs(page, ROUND_PAGE_SIZE),
    }),
  ]);
  return { total, rows, page, pageSize: ROUND_PAGE_SIZE };
}

/** A round with its branches and the findings the user may read, each with its items as far as readable. */
export async function getSupervisionRound(user: CurrentUser, id: string) {
  const scope = await branchScope(user);
  const round = await db.supervisionRound.findFirst({
    where: { id, deletedAt: null },
    select: {
      ...roundSelect,
      branches: { select: { orgUnit: { select: { id: true, name: true } } }, orderBy: { orgUnit: { sortOrder: "asc" } } },
      findings: {
        where: findingsWhere(scope),
        select: {
          id: true,
          scope: true,
          description: true,
          severity: true,
          branches: { select: { orgUnit: { select: { id: true, name: true } } }, orderBy: { orgUnit: { sortOrder: "asc" } } },
          items: { where: { deletedAt: null, ...readableRecordsWhere(scope) }, select: { id: true, status: true, deadline: true, orgUnit: { select: { name: true } } }, orderBy: { orgUnit: { sortOrder: "asc" } } },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!round) throw notFound();
  // 共性/个性 counts of the round, for its header ("共性问题20条，个性问题50条").
  const counts = await db.supervisionFinding.groupBy({ by: ["scope"], where: { roundId: id, ...findingsWhere(scope) }, _count: { _all: true } });
  const countOf = (scopeName: "COMMON" | "INDIVIDUAL") => counts.find((row) => row.scope === scopeName)?._count._all ?? 0;
  return { ...round, commonCount: countOf("COMMON"), individualCount: countOf("INDIVIDUAL"), canEdit: can(user.role, "records.writeOrgan") };
}

/** The round a finding belongs to, for links to a finding. */
export async function roundOfFinding(user: CurrentUser, findingId: string) {
  const finding = await db.supervisionFinding.findFirst({ where: { id: findingId, ...findingsWhere(await branchScope(user)) }, select: { roundId: true } });
  if (!finding) throw notFound();
  return finding.roundId;
}

// ---- 年度评估 / 述职评议 ----

const evaluationSelect = { id: true, year: true, orgUnitId: true, secretary: true, grade: true, score: true, feedback: true, version: true } as const satisfies Prisma.BranchEvaluationSelect;

/** An evaluation's fields as the evaluation form labels them (the year is the page's, not the form's). */
const evaluationLabels: Record<string, FieldLabel> = {
  orgUnitId: { label: "supervision.evaluations.branch", opaque: true },
  secretary: "supervision.evaluations.secretary",
  grade: { label: "supervision.evaluations.grade", values: "supervision.evaluations.grades" },
  score: "supervision.evaluations.score",
  feedback: "supervision.evaluations.feedback",
};

function evaluationData(input: EvaluationInput) {
  return { year: input.year, orgUnitId: input.orgUnitId, secretary: input.secretary, grade: input.grade, score: input.score, feedback: input.feedback };
}

/** One evaluation per branch and year: a second is refused with a pointer to the first. */
async function assertNoOtherEvaluation(tx: Prisma.TransactionClient, input: EvaluationInput, id?: string) {
  const other = await tx.branchEvaluation.findFirst({ where: { year: input.year, orgUnitId: input.orgUnitId, ...(id ? { id: { not: id } } : {}) }, select: { deletedAt: true } });
  if (other) throw validationError({ orgUnitId: [msg(other.deletedAt ? "evaluationExistsDeleted" : "evaluationExists")] });
}

export async function createBranchEvaluation(user: CurrentUser, input: EvaluationInput) {
  assertWritesOrgan(user);
  return db.$transaction(async (tx) => {
    await assertLiveBranch(tx, input.orgUnitId);
    await assertNoOtherEvaluation(tx, input);
    const evaluation = await tx.branchEvaluation.create({ data: { ...evaluationData(input), createdById: user.id, updatedById: user.id }, select: evaluationSelect });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "BranchEvaluation", entityId: evaluation.id, after: evaluation });
    return evaluation;
  });
}

export async function updateBranchEvaluation(user: CurrentUser, input: UpdateEvaluationInput) {
  assertWritesOrgan(user);
  return db.$transaction(async (tx) => {
    const before = await tx.branchEvaluation.findFirst({ where: { id: input.id, deletedAt: null }, select: evaluationSelect });
    if (!before) throw notFound();
    await assertLiveBranch(tx, input.orgUnitId);
    await assertNoOtherEvaluation(tx, input, input.id);
    const { count } = await tx.branchEvaluation.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { ...evaluationData(input), version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.branchEvaluation.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "BranchEvaluation", id: input.id, loaded: input.version, current: before, saved, fields: evaluationLabels });
    }
    const after = await tx.branchEvaluation.findUniqueOrThrow({ where: { id: input.id }, select: evaluationSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "BranchEvaluation", entityId: input.id, before, after });
    return after;
  });
}

/** The year's evaluations as far as the user reads them (a secretary: their branch's), with the grade counts. */
export async function listBranchEvaluations(user: CurrentUser, year: number) {
  const where = { deletedAt: null, year, ...scopeWhere(await branchScope(user)) } satisfies Prisma.BranchEvaluationWhereInput;
  const [rows, grades] = await Promise.all([
    db.branchEvaluation.findMany({ where, select: { ...evaluationSelect, orgUnit: { select: { name: true } } }, orderBy: [{ orgUnit: { sortOrder: "asc" } }, { id: "asc" }] }),
    db.branchEvaluation.groupBy({ by: ["grade"], where, _count: { _all: true } }),
  ]);
  return { rows, grades: Object.fromEntries(grades.map((row) => [row.grade, row._count._all])) as Partial<Record<(typeof rows)[number]["grade"], number>> };
}

export async function getBranchEvaluation(user: CurrentUser, id: string) {
  const evaluation = await db.branchEvaluation.findFirst({ where: { id, deletedAt: null }, select: evaluationSelect });
  if (!evaluation) throw notFound();
  await assertCanReadRecord(user, evaluation.orgUnitId);
  return evaluation;
}
