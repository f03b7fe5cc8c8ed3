import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import { writeAudit } from "@/lib/audit/service";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { todayInOrgan } from "@/lib/dates";
import { assertCanReadUnit, assertCanWriteUnit, subtreeIds } from "@/lib/org/scope";
import { type FieldLabel, staleVersion } from "@/lib/records/conflict";
import { buildSummaryDocument, documentText, planItems, roundableMetrics, type DraftContent, type DraftContext, type SummaryDocument } from "./document";
import { computeFigures, metricWindow } from "./metrics";
import type { FigureValues } from "./metric-keys";
import { completenessReport } from "./completeness";
import { summarySuggestions } from "./suggestions";
import type { SaveSummaryInput, SummaryKey } from "./schema";

// The summary workspace: a draft per (year, period, organ or branch), rendered live from the
// records until frozen; frozen versions keep their figures and text whatever happens later.

const ORGAN_SCOPE = "organ";

interface ResolvedScope {
  scopeKey: string;
  unitIds: string[] | null;
  branchName: string | null;
}

/** Who may read a summary: the organ's for leadership and the Party office, a branch's for those who read that branch. */
async function readScope(user: CurrentUser, key: SummaryKey, client: Db | Tx = db): Promise<ResolvedScope> {
  if (key.orgUnitId === null) {
    if (!can(user.role, "records.read") || user.role === "SECRETARY") throw forbidden();
    return { scopeKey: ORGAN_SCOPE, unitIds: null, branchName: null };
  }
  await assertCanReadUnit(user, key.orgUnitId);
  const unit = await client.orgUnit.findFirst({ where: { id: key.orgUnitId, type: "BRANCH", deletedAt: null }, select: { name: true } });
  if (!unit) throw notFound();
  return { scopeKey: key.orgUnitId, unitIds: await subtreeIds(key.orgUnitId, client), branchName: unit.name };
}

/** Who may edit: the Party office the organ's summary, a branch's secretary (or the Party office) the branch's. */
async function writeScope(user: CurrentUser, key: SummaryKey, client: Db | Tx = db): Promise<ResolvedScope> {
  if (key.orgUnitId === null) {
    if (!can(user.role, "records.writeOrgan")) throw forbidden();
  } else await assertCanWriteUnit(user, key.orgUnitId);
  return readScope(user, key, client);
}

async function canWrite(user: CurrentUser, key: SummaryKey) {
  try {
    await writeScope(user, key);
    return true;
  } catch {
    return false;
  }
}

const chineseDate = (date: Date) => `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;

async function draftContext(key: SummaryKey, scope: ResolvedScope, client: Db | Tx, on: Date): Promise<DraftContext> {
  const organ = await client.organ.findFirst({ select: { name: true, partyGroupName: true } });
  return {
    year: key.year,
    period: key.period,
    branchName: scope.branchName,
    organName: organ?.name ?? "",
    partyGroupName: organ?.partyGroupName ?? "党组",
    dateText: chineseDate(on),
  };
}

const draftWhere = (key: SummaryKey, scope: ResolvedScope) => ({ year_period_scopeKey: { year: key.year, period: key.period, scopeKey: scope.scopeKey } });

function draftContent(draft: { title: string | null; opening: string | null; problems: string | null; causes: string | null; plans: string | null; clauses: unknown; rounding: unknown } | null): DraftContent {
  if (!draft) return {};
  return {
    title: draft.title,
    opening: draft.opening,
    problems: draft.problems,
    causes: draft.causes,
    plans: draft.plans,
    clauses: (draft.clauses ?? {}) as Record<string, string>,
    rounding: (draft.rounding ?? {}) as Record<string, boolean>,
  };
}

/** The draft as it reads now: figures from the records, the office's text around them. */
async function renderLive(key: SummaryKey, scope: ResolvedScope, client: Db | Tx = db) {
  const window = metricWindow(key.year, key.period, scope.unitIds);
  const [draft, figures] = await Promise.all([client.summaryDraft.findUnique({ where: draftWhere(key, scope) }), computeFigures(window, client)]);
  const document = buildSummaryDocument(figures, draftContent(draft), await draftContext(key, scope, client, todayInOrgan()));
  return { window, draft, figures, document };
}

export interface BranchSubmission {
  orgUnitId: string;
  name: string;
  submittedAt: Date | null;
  versions: number;
}

/** For the Party office: each live branch and whether its secretary has handed in the branch summary. */
async function branchTracker(key: SummaryKey): Promise<BranchSubmission[]> {
  return db.$queryRaw<BranchSubmission[]>(Prisma.sql`
    SELECT u.id AS "orgUnitId", u.name, d."submittedAt", (SELECT count(*)::int FROM "SummaryVersion" v WHERE v."draftId" = d.id) AS versions
    FROM "OrgUnit" u LEFT JOIN "SummaryDraft" d ON d."scopeKey" = u.id AND d.year = ${key.year} AND d.period::text = ${key.period}
    WHERE u.type = 'BRANCH' AND u."deletedAt" IS NULL AND u."effectiveTo" IS NULL
    ORDER BY u."sortOrder", u.name`);
}

export async function loadSummaryWorkspace(user: CurrentUser, key: SummaryKey, options: { check?: boolean } = {}) {
  const scope = await readScope(user, key);
  const { window, draft, figures, document } = await renderLive(key, scope);
  const [versions, suggestions, tracker, completeness, editable] = await Promise.all([
    draft
      ? db.summaryVersion.findMany({ where: { draftId: draft.id }, orderBy: { number: "desc" }, select: { id: true, number: true, note: true, frozenAt: true, frozenById: true } })
      : [],
    summarySuggestions(window, figures),
    scope.unitIds === null ? branchTracker(key) : Promise.resolve(null),
    options.check ? completenessReport(window, figures, document.omitted) : Promise.resolve(null),
    canWrite(user, key),
  ]);
  const frozenBy = await db.user.findMany({ where: { id: { in: versions.map((version) => version.frozenById) } }, select: { id: true, displayName: true } });
  const names = new Map(frozenBy.map((row) => [row.id, row.displayName]));
  return {
    key,
    branchName: scope.branchName,
    draft: draft ? { id: draft.id, version: draft.version, submittedAt: draft.submittedAt, content: draftContent(draft) } : null,
    figures,
    document,
    text: documentText(document),
    roundable: roundableMetrics(figures, document),
    versions: versions.map((version) => ({ ...version, frozenByName: names.get(version.frozenById) ?? "" })),
    suggestions,
    tracker,
    completeness,
    canEdit: editable,
    canExport: can(user.role, "summary.export"),
  };
}
export type SummaryWorkspace = Awaited<ReturnType<typeof loadSummaryWorkspace>>;

const CONTENT_FIELDS = ["title", "opening", "problems", "causes", "plans"] as const;

/** A draft's fields as the summary editor labels them; clauses and rounding are maps shown only as changed. */
const draftLabels: Record<string, FieldLabel> = {
  title: "summary.title",
  opening: "summary.opening",
  clauses: { label: "summary.clausesHeading", opaque: true },
  rounding: { label: "summary.roundingHeading", opaque: true },
  problems: "summary.problems",
  causes: "summary.causes",
  plans: "summary.plans",
};

export async function saveSummaryDraft(user: CurrentUser, input: SaveSummaryInput) {
  const { draftVersion, clauses, rounding, ...rest } = input;
  const key: SummaryKey = { year: rest.year, period: rest.period, orgUnitId: rest.orgUnitId };
  const scope = await writeScope(user, key);
  const data: Prisma.SummaryDraftUncheckedUpdateInput = { updatedById: user.id };
  for (const field of CONTENT_FIELDS) if (rest[field] !== undefined) data[field] = rest[field] || null;
  return db.$transaction(async (tx) => {
    const before = await tx.summaryDraft.findUnique({ where: draftWhere(key, scope) });
    if ((before?.version ?? 0) !== draftVersion) {
      // No draft yet while the editor loaded one cannot come from a concurrent save: nothing to name.
      throw before ? await staleVersion(tx, { entity: "SummaryDraft", id: before.id, loaded: draftVersion, current: before, saved: before, fields: draftLabels }) : conflict("staleVersion");
    }
    if (clauses) data.clauses = { ...((before?.clauses ?? {}) as Record<string, string>), ...clauses };
    if (rounding) data.rounding = { ...((before?.rounding ?? {}) as Record<string, boolean>), ...rounding };
    const after = before
      ? await tx.summaryDraft.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.summaryDraft.create({
          data: { ...(data as Prisma.SummaryDraftUncheckedCreateInput), year: key.year, period: key.period, orgUnitId: key.orgUnitId, scopeKey: scope.scopeKey, createdById: user.id },
        });
    await writeAudit(tx, { actor: user, action: before ? "UPDATE" : "CREATE", entity: "SummaryDraft", entityId: after.id, before, after });
    return { id: after.id, version: after.version };
  });
}

/** The draft row, created empty when the office freezes or submits before editing anything. */
async function ensureDraft(tx: Tx, user: CurrentUser, key: SummaryKey, scope: ResolvedScope) {
  return tx.summaryDraft.upsert({
    where: draftWhere(key, scope),
    create: { year: key.year, period: key.period, orgUnitId: key.orgUnitId, scopeKey: scope.scopeKey, createdById: user.id, updatedById: user.id },
    update: {},
  });
}

export async function freezeSummary(user: CurrentUser, key: SummaryKey, note?: string) {
  const scope = await writeScope(user, key);
  return db.$transaction(async (tx) => {
    const draft = await ensureDraft(tx, user, key, scope);
    // Serialise freezes of one draft so that two offices freezing at once get numbers 1 and 2.
    await tx.$queryRaw`SELECT id FROM "SummaryDraft" WHERE id = ${draft.id} FOR UPDATE`;
    const { figures, document } = await renderLive(key, scope, tx);
    const last = await tx.summaryVersion.aggregate({ where: { draftId: draft.id }, _max: { number: true } });
    const version = await tx.summaryVersion.create({
      data: {
        draftId: draft.id,
        number: (last._max.number ?? 0) + 1,
        note: note || null,
        figures: figures as unknown as Prisma.InputJsonValue,
        document: document as unknown as Prisma.InputJsonValue,
        text: documentText(document),
        frozenById: user.id,
      },
    });
    await writeAudit(tx, { actor: user, action: "FREEZE", entity: "SummaryVersion", entityId: version.id, after: { draftId: draft.id, number: version.number, figures } });
    return { id: version.id, number: version.number };
  });
}

export async function submitBranchSummary(user: CurrentUser, key: SummaryKey) {
  if (key.orgUnitId === null) throw forbidden();
  const scope = await writeScope(user, key);
  return db.$transaction(async (tx) => {
    const draft = await ensureDraft(tx, user, key, scope);
    const after = await tx.summaryDraft.update({ where: { id: draft.id }, data: { submittedAt: new Date(), submittedById: user.id, updatedById: user.id, version: { increment: 1 } } });
    await writeAudit(tx, { actor: user, action: "SUBMIT", entity: "SummaryDraft", entityId: draft.id, before: { submittedAt: draft.submittedAt }, after: { submittedAt: after.submittedAt } });
    return { id: after.id, version: after.version };
  });
}

/** Each item of 四、下步打算 becomes a task of next year's work points, once (re-running adds only new items). */
export async function plansToWorkTasks(user: CurrentUser, key: SummaryKey) {
  if (key.orgUnitId !== null) throw forbidden();
  const scope = await writeScope(user, key);
  return db.$transaction(async (tx) => {
    const draft = await tx.summaryDraft.findUnique({ where: draftWhere(key, scope) });
    const items = planItems(draft?.plans);
    if (!draft || !items.length) return { created: 0 };
    const refs = items.map((_, index) => `summary:${draft.id}:${index + 1}`);
    const existing = new Set(
      (await tx.workTask.findMany({ where: { sourceSummaryRef: { in: refs }, deletedAt: null }, select: { sourceSummaryRef: true } })).map((task) => task.sourceSummaryRef),
    );
    const rows = items
      .map((item, index) => ({ item, ref: refs[index] }))
      .filter(({ ref }) => !existing.has(ref))
      .map(({ item, ref }) => ({ year: key.year + 1, listKind: "WORK_POINTS" as const, title: item.title, detail: item.detail || null, sourceSummaryRef: ref, createdById: user.id, updatedById: user.id }));
    if (rows.length) await tx.workTask.createMany({ data: rows });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "WorkTask", entityId: draft.id, after: { fromSummary: draft.id, tasks: rows.map((row) => row.title) } });
    return { created: rows.length };
  });
}

export async function loadVersionDocument(user: CurrentUser, key: SummaryKey, number: number, client: Db | Tx = db) {
  const scope = await readScope(user, key, client);
  const version = await client.summaryVersion.findFirst({ where: { number, draft: { year: key.year, period: key.period, scopeKey: scope.scopeKey } } });
  if (!version) throw notFound();
  return { number: version.number, frozenAt: version.frozenAt, figures: version.figures as unknown as FigureValues, document: version.document as unknown as SummaryDocument, text: version.text };
}

/**
 * The document to export: a frozen version when asked for, else the live draft. Read through the
 * app's database unless given a client (the summary benchmark drafts from a data set of its own).
 */
export async function summaryForExport(user: CurrentUser, key: SummaryKey, versionNumber: number | null, client: Db | Tx = db): Promise<{ document: SummaryDocument; label: string }> {
  if (versionNumber !== null) {
    const version = await loadVersionDocument(user, key, versionNumber, client);
    return { document: version.document, label: `v${version.number}` };
  }
  const scope = await readScope(user, key, client);
  const { document } = await renderLive(key, scope, client);
  return { document, label: "draft" };
}

