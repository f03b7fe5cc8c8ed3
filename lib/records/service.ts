import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/service";
import { forbidden, notFound } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { assertCanWriteRecord } from "@/lib/org/scope";
import { findRecord, ident, refColumns } from "./lookup";
import { pageArgs } from "./list-query";
import { RECORD_TYPES, softDeletableTypes, type RecordType } from "./registry";

// Soft delete and restore for every registered record type, and the recycle bin that lists what
// was deleted. Areas do not write their own delete actions for registered types.

export const RECYCLE_BIN_PAGE_SIZE = 30;

function assertSoftDeletable(type: RecordType): void {
  if (RECORD_TYPES[type].softDelete === false) throw forbidden("recordNotDeletable");
}

/**
 * Marks a record deleted (it disappears from lists and counts, the Party office can restore it).
 * The version moves on too, so an edit form still open on the record is refused as stale.
 */
export async function softDeleteRecord(user: CurrentUser, type: RecordType, id: string): Promise<void> {
  assertSoftDeletable(type);
  const table = ident(RECORD_TYPES[type].table);
  await db.$transaction(async (tx) => {
    const record = await findRecord(type, id, tx);
    if (!record || record.deleted) throw notFound();
    await assertCanWriteRecord(user, record.orgUnitId);
    const changed = await tx.$executeRaw(Prisma.sql`
      UPDATE ${table} SET "deletedAt" = now(), "updatedById" = ${user.id}, version = version + 1
      WHERE id = ${id} AND "deletedAt" IS NULL`);
    if (changed === 0) throw notFound();
    await writeAudit(tx, { actor: user, action: "DELETE", entity: type, entityId: id, before: { title: record.title, orgUnitId: record.orgUnitId } });
  });
}

/** Brings a deleted record back; the recycle bin is the Party office's. */
export async function restoreRecord(user: CurrentUser, type: RecordType, id: string): Promise<void> {
  if (!can(user.role, "records.restore")) throw forbidden();
  assertSoftDeletable(type);
  const table = ident(RECORD_TYPES[type].table);
  await db.$transaction(async (tx) => {
    const record = await findRecord(type, id, tx);
    if (!record?.deleted) throw notFound();
    const changed = await tx.$executeRaw(Prisma.sql`
      UPDATE ${table} SET "deletedAt" = NULL, "updatedById" = ${user.id}, version = version + 1
      WHERE id = ${id} AND "deletedAt" IS NOT NULL`);
    if (changed === 0) throw notFound();
    await writeAudit(tx, { actor: user, action: "RESTORE", entity: type, entityId: id, after: { title: record.title, orgUnitId: record.orgUnitId } });
  });
}

export interface DeletedRecord {
  type: RecordType;
  id: string;
  title: string;
  orgUnitName: string | null;
  deletedAt: Date;
  deletedBy: string | null;
}

/**
 * Deleted records of every registered type (or one), newest deletion first. One query over all
 * the tables: who deleted a record is its last updater, as nothing can edit a deleted record.
 */
export async function listDeletedRecords(user: CurrentUser, query: { page: number; type?: RecordType; q?: string }) {
  if (!can(user.role, "records.restore")) throw forbidden();
  const types = query.type ? [query.type] : softDeletableTypes();
  const union = Prisma.join(
    types.map((type) => {
      const definition = RECORD_TYPES[type];
      return Prisma.sql`SELECT ${type}::text AS type, ${refColumns(definition)}, "deletedAt", "updatedById" FROM ${ident(definition.table)} WHERE "deletedAt" IS NOT NULL`;
    }),
    " UNION ALL ",
  );
  const search = query.q ? Prisma.sql`WHERE d.title ILIKE ${`%${query.q.replace(/[\\%_]/g, "\\$&")}%`}` : Prisma.empty;
  const { skip, take } = pageArgs(query.page, RECYCLE_BIN_PAGE_SIZE);
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<DeletedRecord[]>(Prisma.sql`
      SELECT d.type, d.id, d.title, o.name AS "orgUnitName", d."deletedAt", u."displayName" AS "deletedBy"
      FROM (${union}) d
      LEFT JOIN "OrgUnit" o ON o.id = d."orgUnitId"
      LEFT JOIN "User" u ON u.id = d."updatedById"
      ${search}
      ORDER BY d."deletedAt" DESC, d.id
      LIMIT ${take} OFFSET ${skip}`),
    db.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS total FROM (${union}) d ${search}`),
  ]);
  return { rows, total, page: query.page, pageSize: RECYCLE_BIN_PAGE_SIZE };
}
