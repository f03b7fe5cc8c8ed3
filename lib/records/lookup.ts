import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/connect";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { isRecordType, RECORD_TYPES, type RecordType, type RecordTypeDefinition } from "./registry";

// Generic access to any registered record by type and id. Table and column names reach SQL only
// from the registry (the caller's string is first checked to be one of its keys); values are
// always bound parameters.

/** A quoted SQL identifier from the registry. */
export const ident = (name: string) => Prisma.raw(`"${name.replaceAll('"', '""')}"`);

export interface RecordRef {
  type: RecordType;
  id: string;
  /** The branch deciding scope; null for Party-group-level records and organ-scoped types. */
  orgUnitId: string | null;
  deleted: boolean;
  title: string;
}

/** The SELECT list giving a RecordRef's columns for one type's table. */
export function refColumns(definition: RecordTypeDefinition): Prisma.Sql {
  return Prisma.sql`id,
    ${definition.scope === "orgUnit" ? ident("orgUnitId") : Prisma.sql`NULL::text`} AS "orgUnitId",
    ${definition.softDelete === false ? Prisma.sql`false` : Prisma.sql`"deletedAt" IS NOT NULL`} AS deleted,
    LEFT(COALESCE(${ident(definition.titleField)}::text, ''), 200) AS title`;
}

export function parseRecordType(value: unknown): RecordType {
  if (!isRecordType(value)) throw notFound();
  return value;
}

/** The record, deleted or not, or null when no row has the id. */
export async function findRecord(type: RecordType, id: string, client: Db | Tx = db): Promise<RecordRef | null> {
  const definition = RECORD_TYPES[type];
  const rows = await client.$queryRaw<Omit<RecordRef, "type">[]>(
    Prisma.sql`SELECT ${refColumns(definition)} FROM ${ident(definition.table)} WHERE id = ${id}`,
  );
  return rows[0] ? { type, ...rows[0] } : null;
}

/** The live (not soft-deleted) record, or a NOT_FOUND error. */
export async function requireLiveRecord(type: RecordType, id: string, client: Db | Tx = db): Promise<RecordRef> {
  const record = await findRecord(type, id, client);
  if (!record || record.deleted) throw notFound();
  return record;
}
