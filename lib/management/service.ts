import "server-only";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import { writeAudit } from "@/lib/audit/service";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { forbidden, notFound, validationError } from "@/lib/errors";
import { type FieldLabel, savedStamp, staleVersion } from "@/lib/records/conflict";
import { dateRangeWhere, pageArgs } from "@/lib/records/list-query";
import { assertCanWriteRecord, assertCanWriteUnit, assertLiveBranch, branchScope, canWriteRecord, readableRecordsWhere, scopeWhere, type BranchScope } from "@/lib/org/scope";
import { msg } from "@/lib/validation";
import type { ManagementListQuery, ManagementRecordInput, UpdateManagementRecordInput } from "./schema";
import { AGENDA_TOPICS, ENUMS, sectionDef, type FieldKind, type SectionSlug } from "./sections";

// One service for the management sections described in ./sections.ts: list, read, create and
// update with the branch rules of lib/org/scope.ts. Soft delete goes through lib/records.

export const MANAGEMENT_PAGE_SIZE = 20;
/** A ledger holds at most this many rows: a year of any of these records is far fewer. */
const LEDGER_LIMIT = 5000;

type Where = Record<string, unknown>;
type Row = Record<string, unknown> & { id: string; version: number };

/**
 * The few delegate methods the generic service calls. The sections' field lists decide the
 * columns (checked against the schema by tests/integration/management.test.ts), so the typed
 * Prisma delegates are reached through this narrower shape.
 */
interface Delegate {
  findMany(args: { where: Where; select: Where; orderBy: Where[]; skip?: number; take?: number }): Promise<Row[]>;
  findFirst(args: { where: Where; select: Where }): Promise<Row | null>;
  count(args: { where: Where }): Promise<number>;
  create(args: { data: Where; select: { id: true } }): Promise<{ id: string }>;
  updateMany(args: { where: Where; data: Where }): Promise<{ count: number }>;
}

function delegate(client: Db | Tx, slug: SectionSlug): Delegate {
  const model = sectionDef(slug).recordType;
  return (client as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)];
}

/** The columns a section's pages show: every field, with the names of the records it points at. */
function selectFor(slug: SectionSlug): Where {
  const select: Where = { id: true, version: true };
  for (const field of sectionDef(slug).fields) {
    if (field.kind === "participants") select.branches = { select: { orgUnit: { select: { id: true, name: true } } } };
    else select[field.name] = true;
    if (field.kind === "unit") select.orgUnit = { select: { name: true } };
    if (field.kind === "leader") select.responsibleLeader = { select: { displayName: true } };
    if (field.kind === "partner") select.partner = { select: { name: true } };
  }
  return select;
}

/** Rows the user may read: organ sections are everyone's; a secretary reads their branch's and organ-level rows. */
function readableWhere(slug: SectionSlug, scope: BranchScope): Where {
  if (sectionDef(slug).scope === "organ" || scope.kind === "all") return {};
  if (slug === "joint-activities") {
    // An activity another branch recorded is also the secretary's when their branch took part in it.
    return { OR: [...readableRecordsWhere(scope).OR!, { branches: { some: { orgUnitId: { in: scope.unitIds } } } }] };
  }
  // A record that always belongs to a branch (a committee term) has no organ-level rows to add.
  const belongsToBranch = sectionDef(slug).fields.some((field) => field.name === "orgUnitId" && field.required);
  return belongsToBranch ? scopeWhere(scope) : readableRecordsWhere(scope);
}

function filterWhere(slug: SectionSlug, query: Omit<ManagementListQuery, "page">): Where[] {
  const section = sectionDef(slug);
  const where: Where[] = [];
  const enumOf = (name: string | undefined) => (name ? section.fields.find((field) => field.name === name)?.enumName : undefined);
  const kindEnum = enumOf(section.kindField);
  const statusEnum = enumOf(section.statusField);
  if (query.q) {
    // A committee term is named by its dates: the keyword then looks for its branch.
    const byBranch = section.fields.find((field) => field.name === section.titleField)?.kind === "date";
    where.push(byBranch ? { orgUnit: { name: { contains: query.q, mode: "insensitive" } } } : { [section.titleField]: { contains: query.q, mode: "insensitive" } });
  }
  if (query.kind && kindEnum && (ENUMS[kindEnum] as readonly string[]).includes(query.kind)) where.push({ [section.kindField!]: query.kind });
  if (query.kind && section.topicFilter && (AGENDA_TOPICS as readonly string[]).includes(query.kind)) where.push({ items: { some: { topic: query.kind } } });
  if (query.status && statusEnum && (ENUMS[statusEnum] as readonly string[]).includes(query.status)) where.push({ [section.statusField!]: query.status });
  if (query.branch && section.scope === "unit") {
    where.push(slug === "joint-activities" ? { OR: [{ orgUnitId: query.branch }, { branches: { some: { orgUnitId: query.branch } } }] } : { orgUnitId: query.branch });
  }
  if (query.year && section.fields.some((field) => field.name === "year")) where.push({ year: query.year });
  if (query.partner && section.fields.some((field) => field.kind === "partner")) where.push({ partnerId: query.partner });
  const range = dateRangeWhere(query.from, query.to);
  if (range) where.push({ [section.dateField]: range });
  return where;
}

async function listWhere(user: CurrentUser, slug: SectionSlug, query: Omit<ManagementListQuery, "page">): Promise<Where> {
  const scope = await branchScope(user);
  return { AND: [{ deletedAt: null }, readableWhere(slug, scope), ...filterWhere(slug, query)] };
}

const orderBy = (slug: SectionSlug): Where[] => [{ [sectionDef(slug).dateField]: "desc" }, { createdAt: "desc" }, { id: "asc" }];

export async function listSectionRecords(user: CurrentUser, slug: SectionSlug, query: ManagementListQuery) {
  const where = await listWhere(user, slug, query);
  const records = delegate(db, slug);
  const [total, rows] = await Promise.all([
    records.count({ where }),
    records.findMany({ where, select: selectFor(slug), orderBy: orderBy(slug), ...pageArgs(query.page, MANAGEMENT_PAGE_SIZE) }),
  ]);
  return { total, rows, page: query.page, pageSize: MANAGEMENT_PAGE_SIZE };
}

/** Every row of the filtered list for the Excel ledger: the list's own query without pages. */
export async function sectionLedgerRows(user: CurrentUser, slug: SectionSlug, query: Omit<ManagementListQuery, "page">) {
  return delegate(db, slug).findMany({ where: await listWhere(user, slug, query), select: selectFor(slug), orderBy: orderBy(slug), take: LEDGER_LIMIT });
}

/** How many live records of a section the user may read (the overview's figures). */
export async function countSectionRecords(user: CurrentUser, slug: SectionSlug, scope: BranchScope) {
  if (!can(user.role, "records.read")) throw forbidden();
  return delegate(db, slug).count({ where: { AND: [{ deletedAt: null }, readableWhere(slug, scope)] } });
}

/** Whether the user may write a record of the section at this level (the page offers editing). */
function mayWrite(user: CurrentUser, slug: SectionSlug, scope: BranchScope, row: Row): boolean {
  return canWriteRecord(user, scope, sectionDef(slug).scope === "organ" ? null : ((row.orgUnitId as string | null) ?? null));
}

/** One live record the user may read, with whether they may edit it. */
export async function getSectionRecord(user: CurrentUser, slug: SectionSlug, id: string) {
  const scope = await branchScope(user);
  const records = delegate(db, slug);
  const row = await records.findFirst({ where: { AND: [{ id, deletedAt: null }, readableWhere(slug, scope)] }, select: selectFor(slug) });
  if (!row) {
    const exists = await records.count({ where: { id, deletedAt: null } });
    throw exists ? forbidden("otherBranch") : notFound();
  }
  return { row, canEdit: mayWrite(user, slug, scope, row) };
}

/** The stored columns of a parsed form: only the section's own fields, participants apart. */
function columnsOf(slug: SectionSlug, input: ManagementRecordInput): Where {
  const data: Where = {};
  for (const field of sectionDef(slug).fields) {
    if (field.kind === "participants") continue;
    data[field.name] = field.kind === "branchIds" ? input[`${field.name}[]`] : input[field.name];
  }
  return data;
}

const participantsOf = (input: ManagementRecordInput): string[] => (input["participants[]"] as string[] | undefined) ?? [];

/**
 * Refuses a write the user may not make or that names records outside their reach: the level
 * (organ or a branch), the branches taking part, the leader and the partner named.
 */
async function assertWritable(tx: Tx, user: CurrentUser, slug: SectionSlug, input: ManagementRecordInput) {
  const section = sectionDef(slug);
  const orgUnitId = section.scope === "organ" ? null : ((input.orgUnitId as string | null) ?? null);
  await assertCanWriteRecord(user, orgUnitId);
  await assertLiveBranch(tx, orgUnitId);
  for (const field of section.fields) {
    const value = input[field.name] as string | null | undefined;
    if (field.kind === "leader" && value) {
      const leader = await tx.user.count({ where: { id: value, role: "LEADER", active: true } });
      if (!leader) throw validationError({ [field.name]: [msg("invalidChoice")] });
    }
    if (field.kind === "partner" && value) {
      const partner = await tx.jointPartner.count({ where: { id: value, deletedAt: null } });
      if (!partner) throw validationError({ [field.name]: [msg("invalidChoice")] });
    }
    if (field.kind === "branchIds" || field.kind === "participants") {
      const ids = (input[`${field.name}[]`] as string[] | undefined) ?? [];
      const live = await tx.orgUnit.count({ where: { id: { in: ids }, type: "BRANCH", deletedAt: null } });
      if (live !== ids.length) throw validationError({ [`${field.name}[]`]: [msg("invalidChoice")] });
      // A secretary names only their own branch as taking part; the Party office any branch.
      if (field.kind === "participants") for (const id of ids) await assertCanWriteUnit(user, id);
    }
  }
  if (slug === "joint-activities" && orgUnitId && !participantsOf(input).includes(orgUnitId)) {
    throw validationError({ "participants[]": [msg("managementRecorderTakesPart")] });
  }
}

/** Fields whose stored value is an id (or ids): a refusal says only that they changed. */
const ID_KINDS = new Set<FieldKind>(["unit", "leader", "partner", "branchIds", "participants"]);

/** A section's fields as its form labels them, keyed as the stored snapshot keys them (participants are the `branches` rows). */
function conflictLabels(slug: SectionSlug): Record<string, FieldLabel> {
  return Object.fromEntries(
    sectionDef(slug).fields.map((field): [string, FieldLabel] => {
      const label = `management.fields.${field.name}`;
      const key = field.kind === "participants" ? "branches" : field.name;
      if (ID_KINDS.has(field.kind)) return [key, { label, opaque: true }];
      return [key, field.enumName ? { label, values: `management.enums.${field.enumName}` } : label];
    }),
  );
}

async function storedSnapshot(tx: Tx, slug: SectionSlug, id: string) {
  return delegate(tx, slug).findFirst({ where: { id }, select: selectFor(slug) });
}

async function writeParticipants(tx: Tx, slug: SectionSlug, id: string, input: ManagementRecordInput) {
  if (slug !== "joint-activities") return;
  await tx.jointActivityBranch.deleteMany({ where: { activityId: id } });
  await tx.jointActivityBranch.createMany({ data: participantsOf(input).map((orgUnitId) => ({ activityId: id, orgUnitId })) });
}

export async function createSectionRecord(user: CurrentUser, input: ManagementRecordInput) {
  const slug = input.section;
  return db.$transaction(async (tx) => {
    await assertWritable(tx, user, slug, input);
    const { id } = await delegate(tx, slug).create({ data: { ...columnsOf(slug, input), createdById: user.id, updatedById: user.id }, select: { id: true } });
    await writeParticipants(tx, slug, id, input);
    await writeAudit(tx, { actor: user, action: "CREATE", entity: sectionDef(slug).recordType, entityId: id, after: await storedSnapshot(tx, slug, id) });
    return { id };
  });
}

export async function updateSectionRecord(user: CurrentUser, input: UpdateManagementRecordInput) {
  const slug = input.section;
  const records = (tx: Tx) => delegate(tx, slug);
  return db.$transaction(async (tx) => {
    const before = await records(tx).findFirst({ where: { id: input.id, deletedAt: null }, select: selectFor(slug) });
    if (!before) throw notFound();
    // Both the level the record had and the one it moves to must be the user's to write.
    if (sectionDef(slug).scope === "unit") await assertCanWriteRecord(user, (before.orgUnitId as string | null) ?? null);
    await assertWritable(tx, user, slug, input);
    const { count } = await records(tx).updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { ...columnsOf(slug, input), version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      // The row was read above in this transaction and soft deletion keeps it, so it is there.
      const saved = (await records(tx).findFirst({ where: { id: input.id }, select: savedStamp })) as unknown as { updatedById: string | null; updatedAt: Date };
      throw await staleVersion(tx, { entity: sectionDef(slug).recordType, id: input.id, loaded: input.version, current: before, saved, fields: conflictLabels(slug) });
    }
    await writeParticipants(tx, slug, input.id, input);
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: sectionDef(slug).recordType, entityId: input.id, before, after: await storedSnapshot(tx, slug, input.id) });
    return { id: input.id };
  });
}
