// Free of "server-only" so that the rectification workflow, which the demo seed also runs, can refuse
// a stale save through it.
import { isDeepStrictEqual } from "node:util";
import type { Tx } from "@/lib/db/connect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type AppError, type ChangedField, conflict } from "@/lib/errors";

/**
 * A field's label (a message key), or the label with the prefix translating its enum values,
 * or marked opaque when its stored value means nothing to a reader (ids): then only the fact
 * that it changed is shown.
 */
export type FieldLabel = string | { label: string; values?: string; opaque?: true };

/** The record's stamp of its last save, read afresh when a save is refused. */
export const savedStamp = { updatedById: true, updatedAt: true } as const;

interface StaleSave {
  /** The entity name the audit rows use. */
  entity: string;
  id: string;
  /**
   * What the editor loaded: the record's version, or, for a row versioned by its save time,
   * that time (null: never saved).
   */
  loaded: number | Date | null;
  /** The record as stored now, shaped as its audit rows store it (the same snapshot function). */
  current: object;
  /** The record's stamp of its last save. */
  saved: { updatedById: string | null; updatedAt: Date | null };
  /** The fields to compare, in the order the form shows them; others are not the editor's business. */
  fields: Record<string, FieldLabel>;
}

/**
 * The refusal of a save over someone else's newer one, naming what they changed. The version
 * the editor loaded survives in the audit trail (the `before` of the save that replaced it),
 * so the changed fields are the ones whose stored value now differs from that snapshot.
 * Returned, not thrown, so the call site reads `throw await staleVersion(…)`.
 */
export async function staleVersion(tx: Tx, stale: StaleSave): Promise<AppError> {
  const [loaded, savedBy] = await Promise.all([
    loadedSnapshot(tx, stale),
    stale.saved.updatedById
      ? tx.user.findUnique({ where: { id: stale.saved.updatedById }, select: { displayName: true } })
      : null,
  ]);
  const current = normalise(stale.current);
  const changes = loaded
    ? Object.entries(stale.fields).flatMap(([field, label]): ChangedField[] =>
        isDeepStrictEqual(loaded[field] ?? null, current[field] ?? null)
          ? []
          : [{ field, value: current[field] ?? null, ...(typeof label === "string" ? { label } : label) }],
      )
    : null;
  return conflict("staleVersion", undefined, { changes, savedBy: savedBy?.displayName ?? null, savedAt: stale.saved.updatedAt });
}

async function loadedSnapshot(tx: Tx, { entity, id, loaded }: StaleSave): Promise<Record<string, unknown> | null> {
  const where: Prisma.AuditLogWhereInput = { entity, entityId: id };
  if (typeof loaded === "number") {
    // The first change after the loaded version recorded that version as its `before`.
    const row = await tx.auditLog.findFirst({
      where: { ...where, before: { path: ["version"], equals: loaded } },
      orderBy: { id: "asc" },
      select: { before: true },
    });
    return asRecord(row?.before);
  }
  // Versioned by save time: the save that stamped the loaded time wrote the loaded state as its
  // `after` (its audit row follows the stamp by milliseconds); never saved, the first save's `before`.
  const row = await tx.auditLog.findFirst({
    where: loaded ? { ...where, at: { gte: loaded } } : where,
    orderBy: { id: "asc" },
    select: { before: true, after: true },
  });
  return asRecord(loaded ? row?.after : row?.before);
}

function asRecord(value: Prisma.JsonValue | undefined): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? value : null;
}

/** The current row as its audit snapshot stores it, so dates and decimals compare equal. */
function normalise(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value, (_key, inner) => (typeof inner === "bigint" ? inner.toString() : inner)));
}
