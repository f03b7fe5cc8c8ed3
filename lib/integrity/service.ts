import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/service";
import { assertCampaignsExist } from "@/lib/campaigns/service";
import type { CurrentUser } from "@/lib/auth/session";
import { forbidden, notFound } from "@/lib/errors";
import { formatCalendarDate } from "@/lib/dates";
import { pageArgs } from "@/lib/records/list-query";
import { assertCanWriteRecord, assertLiveBranch, branchScope, canWriteRecord } from "@/lib/org/scope";
import type { IntegrityActivityInput, IntegrityKindName, IntegrityListQuery, OrganiserLevelName, UpdateIntegrityActivityInput } from "./schema";
import { integrityVisibility, isProtectedTalk, PROTECTED_FIELDS, type IntegrityVisibility } from "./sensitivity";
import { savedStamp, staleVersion, type FieldLabel } from "@/lib/records/conflict";

export const INTEGRITY_PAGE_SIZE = 20;

/** One activity as lists, the detail page and the ledger show it; protected fields null when `redacted`. */
export interface IntegrityRow {
  id: string;
  kind: IntegrityKindName;
  organiserLevel: OrganiserLevelName;
  orgUnitId: string | null;
  orgUnitName: string | null;
  date: Date;
  title: string | null;
  content: string | null;
  participantCount: number;
  talkType: string | null;
  talker: string | null;
  talkee: string | null;
  letterLevel: string | null;
  lettersSigned: number | null;
  cultureForm: string | null;
  warningForm: string | null;
  peopleReached: number | null;
  campaignIds: string[];
  version: number;
  createdAt: Date;
  redacted: boolean;
}

/** The filters of the list as SQL; the keyword looks only into fields the user may read. */
function filterSql(visibility: IntegrityVisibility, query: Omit<IntegrityListQuery, "page">): Prisma.Sql {
  const conditions = [visibility.readable];
  if (query.kind) conditions.push(Prisma.sql`a.kind::text = ${query.kind}`);
  if (query.level) conditions.push(Prisma.sql`a."organiserLevel"::text = ${query.level}`);
  if (query.branch) conditions.push(Prisma.sql`a."orgUnitId" = ${query.branch}`);
  // Calendar dates travel as text: a timestamp parameter would shift with the session's time zone.
  if (query.from) conditions.push(Prisma.sql`a.date >= ${formatCalendarDate(query.from)}::date`);
  if (query.to) conditions.push(Prisma.sql`a.date <= ${formatCalendarDate(query.to)}::date`);
  if (query.campaign) conditions.push(Prisma.sql`${query.campaign} = ANY(a."campaignIds")`);
  if (query.q) conditions.push(visibility.matches(query.q));
  return Prisma.join(conditions, " AND ");
}

function selectRows(visibility: IntegrityVisibility, where: Prisma.Sql, tail: Prisma.Sql = Prisma.empty) {
  return db.$queryRaw<IntegrityRow[]>(Prisma.sql`
    SELECT ${visibility.columns}, u.name AS "orgUnitName"
    FROM "IntegrityActivity" a LEFT JOIN "OrgUnit" u ON u.id = a."orgUnitId"
    WHERE ${where}
    ORDER BY a.date DESC, a."createdAt" DESC, a.id
    ${tail}`);
}

function pagination(page: number): Prisma.Sql {
  const { skip, take } = pageArgs(page, INTEGRITY_PAGE_SIZE);
  return Prisma.sql`LIMIT ${take} OFFSET ${skip}`;
}

export async function listIntegrityActivities(user: CurrentUser, query: IntegrityListQuery) {
  const visibility = await integrityVisibility(user);
  const where = filterSql(visibility, query);
  const [[{ total }], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS total FROM "IntegrityActivity" a WHERE ${where}`),
    selectRows(visibility, where, pagination(query.page)),
  ]);
  return { total, rows, page: query.page, pageSize: INTEGRITY_PAGE_SIZE };
}

/** Every row of the filtered list, for the Excel ledger: the same rows, redacted the same way. */
export async function integrityLedgerRows(user: CurrentUser, query: Omit<IntegrityListQuery, "page">) {
  const visibility = await integrityVisibility(user);
  return selectRows(visibility, filterSql(visibility, query));
}

/** One activity with its protected fields; refused to whoever may not read them. */
export async function getIntegrityActivity(user: CurrentUser, id: string) {
  const visibility = await integrityVisibility(user);
  const [row] = await selectRows(visibility, Prisma.sql`a.id = ${id} AND ${visibility.readable}`);
  if (!row) {
    // Another branch's record: refused as any other branch's page is; a missing one is not found.
    const exists = await db.integrityActivity.count({ where: { id, deletedAt: null } });
    throw exists ? forbidden("otherBranch") : notFound();
  }
  if (row.redacted) throw forbidden();
  const scope = await branchScope(user);
  return { ...row, canEdit: canWriteRecord(user, scope, row.orgUnitId) };
}

const storedSelect = {
  id: true,
  kind: true,
  organiserLevel: true,
  orgUnitId: true,
  date: true,
  title: true,
  content: true,
  participantCount: true,
  talkType: true,
  talker: true,
  talkee: true,
  letterLevel: true,
  lettersSigned: true,
  cultureForm: true,
  warningForm: true,
  peopleReached: true,
  campaignIds: true,
  version: true,
} as const satisfies Prisma.IntegrityActivitySelect;

type StoredActivity = Prisma.IntegrityActivityGetPayload<{ select: typeof storedSelect }>;

/**
 * What the audit log keeps of an activity. The audit log is read by the audit administrator,
 * who may not read Party-building records, so a protected talk's content stays out of it:
 * the row records who changed which talk when, not what was said.
 */
function auditSnapshot(activity: StoredActivity) {
  if (!isProtectedTalk(activity)) return activity;
  return { ...activity, ...Object.fromEntries(PROTECTED_FIELDS.map((field) => [field, activity[field] === null ? null : "[protected]"])) };
}

const activityLabels: Record<string, FieldLabel> = {
  kind: { label: "integrity.fields.kind", values: "integrity.kinds" },
  organiserLevel: { label: "integrity.fields.organiserLevel", values: "integrity.levels" },
  orgUnitId: { label: "integrity.fields.branch", opaque: true },
  date: "integrity.fields.date",
  title: "integrity.fields.title",
  content: "integrity.fields.content",
  participantCount: "integrity.fields.participantCount",
  talkType: { label: "integrity.fields.talkType", values: "integrity.talkTypes" },
  talker: "integrity.fields.talker",
  talkee: "integrity.fields.talkee",
  letterLevel: { label: "integrity.fields.letterLevel", values: "integrity.letterLevels" },
  lettersSigned: "integrity.fields.lettersSigned",
  cultureForm: { label: "integrity.fields.cultureForm", values: "integrity.cultureForms" },
  warningForm: { label: "integrity.fields.warningForm", values: "integrity.warningForms" },
  peopleReached: "integrity.fields.peopleReached",
  campaignIds: { label: "integrity.fields.campaigns", opaque: true },
};


function activityData(input: IntegrityActivityInput) {
  return {
    kind: input.kind,
    organiserLevel: input.organiserLevel,
    orgUnitId: input.orgUnitId,
    date: input.date,
    title: input.title,
    content: input.content,
    participantCount: input.participantCount,
    talkType: input.talkType,
    talker: input.talker,
    talkee: input.talkee,
    letterLevel: input.letterLevel,
    lettersSigned: input.lettersSigned,
    cultureForm: input.cultureForm,
    warningForm: input.warningForm,
    peopleReached: input.peopleReached,
    campaignIds: input["campaignIds[]"],
  };
}

export async function createIntegrityActivity(user: CurrentUser, input: IntegrityActivityInput) {
  await assertCanWriteRecord(user, input.orgUnitId);
  return db.$transaction(async (tx) => {
    await assertLiveBranch(tx, input.orgUnitId);
    await assertCampaignsExist(tx, input["campaignIds[]"]);
    const activity = await tx.integrityActivity.create({
      data: { ...activityData(input), createdById: user.id, updatedById: user.id },
      select: storedSelect,
    });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "IntegrityActivity", entityId: activity.id, after: auditSnapshot(activity) });
    return activity;
  });
}

export async function updateIntegrityActivity(user: CurrentUser, input: UpdateIntegrityActivityInput) {
  const { id, version } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.integrityActivity.findFirst({ where: { id, deletedAt: null }, select: storedSelect });
    if (!before) throw notFound();
    // Both the level it had and the level it moves to must be the user's to write.
    await assertCanWriteRecord(user, before.orgUnitId);
    await assertCanWriteRecord(user, input.orgUnitId);
    await assertLiveBranch(tx, input.orgUnitId);
    await assertCampaignsExist(tx, input["campaignIds[]"]);
    const { count } = await tx.integrityActivity.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...activityData(input), version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.integrityActivity.findUniqueOrThrow({ where: { id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "IntegrityActivity", id, loaded: version, current: auditSnapshot(before), saved, fields: activityLabels });
    }
    const after = await tx.integrityActivity.findUniqueOrThrow({ where: { id }, select: storedSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "IntegrityActivity", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
    return after;
  });
}
