import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import { writeAudit } from "@/lib/audit/service";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { forbidden, notFound, validationError } from "@/lib/errors";
import { branchScope } from "@/lib/org/scope";
import { pageArgs } from "@/lib/records/list-query";
import { ident } from "@/lib/records/lookup";
import { campaignTaggedTypes, RECORD_TYPES, type RecordType } from "@/lib/records/registry";
import { msg } from "@/lib/validation";
import type { CreateCampaignInput, UpdateCampaignInput } from "./schema";
import { savedStamp, staleVersion, type FieldLabel } from "@/lib/records/conflict";

// Campaigns (主题教育, 文明单位创建 …): the Party office keeps them; every business role reads them
// and tags records with them. Deleting one goes through the shared soft delete (lib/records).

export const CAMPAIGN_PAGE_SIZE = 20;

const campaignSelect = { id: true, name: true, description: true, startDate: true, endDate: true, version: true } as const;

const campaignLabels: Record<string, FieldLabel> = {
  name: "campaigns.name",
  startDate: "campaigns.startDate",
  endDate: "campaigns.endDate",
  description: "campaigns.description",
};

/** Refuses the administrators, who see no Party-building data. */
async function assertCanRead(user: CurrentUser): Promise<void> {
  await branchScope(user);
}

function assertCanWrite(user: CurrentUser): void {
  if (!can(user.role, "records.writeOrgan")) throw forbidden();
}

/** Campaigns by keyword and by the period they overlap, latest first. */
export async function listCampaigns(user: CurrentUser, query: { page: number; q?: string; from?: Date; to?: Date }) {
  await assertCanRead(user);
  const where: Prisma.CampaignWhereInput = {
    deletedAt: null,
    AND: [
      query.q ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { description: { contains: query.q, mode: "insensitive" } }] } : {},
      query.to ? { startDate: { lte: query.to } } : {},
      query.from ? { OR: [{ endDate: null }, { endDate: { gte: query.from } }] } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.campaign.count({ where }),
    db.campaign.findMany({ where, select: campaignSelect, orderBy: [{ startDate: "desc" }, { name: "asc" }], ...pageArgs(query.page, CAMPAIGN_PAGE_SIZE) }),
  ]);
  return { total, rows, page: query.page, pageSize: CAMPAIGN_PAGE_SIZE };
}

/** Every live campaign for pickers and list filters, latest first. */
export async function listCampaignOptions(user: CurrentUser): Promise<{ id: string; name: string }[]> {
  await assertCanRead(user);
  return db.campaign.findMany({ where: { deletedAt: null }, select: { id: true, name: true }, orderBy: [{ startDate: "desc" }, { name: "asc" }] });
}

/**
 * How many live records of each type carry the campaign, in one query over every tagged table.
 * Counts are aggregates, so they cover every branch whoever asks (a secretary sees other
 * branches only this way).
 */
export async function countTaggedRecords(campaignId: string, client: Db | Tx = db): Promise<{ type: RecordType; count: number }[]> {
  const union = Prisma.join(
    campaignTaggedTypes().map((type) => {
      const definition = RECORD_TYPES[type];
      const live = definition.softDelete === false ? Prisma.empty : Prisma.sql`AND "deletedAt" IS NULL`;
      return Prisma.sql`SELECT ${type}::text AS type, count(*)::int AS count FROM ${ident(definition.table)}
        WHERE "campaignIds" @> ARRAY[${campaignId}]::text[] ${live}`;
    }),
    " UNION ALL ",
  );
  const rows = await client.$queryRaw<{ type: RecordType; count: number }[]>(Prisma.sql`SELECT type, count FROM (${union}) c WHERE count > 0`);
  return rows.sort((a, b) => b.count - a.count);
}

export async function getCampaign(user: CurrentUser, id: string) {
  await assertCanRead(user);
  const campaign = await db.campaign.findFirst({ where: { id, deletedAt: null }, select: campaignSelect });
  if (!campaign) throw notFound();
  return { ...campaign, tagged: await countTaggedRecords(id) };
}

/** Refuses campaign ids that name no live campaign; for services saving a record's `campaignIds[]`. */
export async function assertCampaignsExist(tx: Db | Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx.campaign.count({ where: { id: { in: ids }, deletedAt: null } });
  if (found !== new Set(ids).size) throw validationError({ "campaignIds[]": [msg("invalidChoice")] });
}

export async function createCampaign(user: CurrentUser, input: CreateCampaignInput) {
  assertCanWrite(user);
  return db.$transaction(async (tx) => {
    const campaign = await tx.campaign.create({ data: { ...input, createdById: user.id, updatedById: user.id }, select: campaignSelect });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "Campaign", entityId: campaign.id, after: campaign });
    return campaign;
  });
}

export async function updateCampaign(user: CurrentUser, input: UpdateCampaignInput) {
  assertCanWrite(user);
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.campaign.findFirst({ where: { id, deletedAt: null }, select: campaignSelect });
    if (!before) throw notFound();
    const { count } = await tx.campaign.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...fields, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.campaign.findUniqueOrThrow({ where: { id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "Campaign", id, loaded: version, current: before, saved, fields: campaignLabels });
    }
    const after = await tx.campaign.findUniqueOrThrow({ where: { id }, select: campaignSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "Campaign", entityId: id, before, after });
    return after;
  });
}
