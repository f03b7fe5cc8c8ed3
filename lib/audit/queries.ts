import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/service";
import type { CurrentUser } from "@/lib/auth/session";
import { formatCalendarDate } from "@/lib/dates";
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

function auditWhere(query: AuditQuery, actorRole?: Role): Prisma.AuditLogWhereInput {
  return {
    ...(actorRole ? { actorRole } : {}),
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
}

/** Filters the audit log; `actorRole` pins the security administrator's view to the auditors' own trail. */
export async function listAuditLogs(query: AuditQuery, actorRole?: Role) {
  const where = auditWhere(query, actorRole);
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

/**
 * Reading the audit log is itself audited (三员分立: the auditor is watched too), with the
 * filter used, and the security administrator reads those rows in the auditors' trail.
 */
export async function viewAuditLog(user: CurrentUser, query: AuditQuery, actorRole?: Role) {
  await writeAudit(db, {
    actor: user,
    action: "AUDIT_VIEW",
    entity: "AuditLog",
    after: {
      ...query,
      from: query.from ? formatCalendarDate(query.from) : undefined,
      to: query.to ? formatCalendarDate(query.to) : undefined,
      actorRole,
    },
  });
  return listAuditLogs(query, actorRole);
}

/** The most rows one export holds; a wider period is exported in parts. */
export const AUDIT_EXPORT_LIMIT = 100_000;

/** Every entry matching the viewer's filters, newest first, for the Excel export. */
export async function auditLogsForExport(query: AuditQuery, actorRole?: Role) {
  const rows = await db.auditLog.findMany({ where: auditWhere(query, actorRole), orderBy: { id: "desc" }, take: AUDIT_EXPORT_LIMIT });
  return rows.map((row) => ({ ...row, id: row.id.toString() }));
}
