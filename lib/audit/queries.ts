import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseCalendarDate } from "@/lib/dates";

export const AUDIT_PAGE_SIZE = 50;

const optionalDate = z
  .string()
  .optional()
  .transform((value) => (value ? (parseCalendarDate(value) ?? undefined) : undefined))
  .catch(undefined);

export const auditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  actor: z.string().trim().max(64).optional().catch(undefined),
  action: z.string().trim().max(40).optional().catch(undefined),
  entity: z.string().trim().max(40).optional().catch(undefined),
  from: optionalDate,
  to: optionalDate,
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

const DAY_MS = 86_400_000;
// Dates in the filter are Beijing calendar days; an entry's `at` is an instant.
const beijingMidnight = (date: Date) => new Date(date.getTime() - 8 * 3_600_000);

export async function listAuditLogs(query: AuditQuery) {
  const where: Prisma.AuditLogWhereInput = {
    ...(query.actor ? { actorName: { contains: query.actor } } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.from || query.to
      ? {
          at: {
            ...(query.from ? { gte: beijingMidnight(query.from) } : {}),
            ...(query.to ? { lt: beijingMidnight(new Date(query.to.getTime() + DAY_MS)) } : {}),
          },
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (query.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return { total, rows: rows.map((row) => ({ ...row, id: row.id.toString() })), page: query.page, pageSize: AUDIT_PAGE_SIZE };
}

/** The distinct actions and entities present, for the filter's drop-downs. */
export async function auditFilterOptions() {
  const [actions, entities] = await Promise.all([
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["entity"], orderBy: { entity: "asc" } }),
  ]);
  return { actions: actions.map((row) => row.action), entities: entities.map((row) => row.entity) };
}
