import type { Db, Tx } from "@/lib/db/connect";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RoleName } from "@/lib/auth/roles";

export interface AuditActor {
  id: string;
  displayName: string;
  role: RoleName;
}

export interface AuditEntry {
  actor: AuditActor | null;
  /** e.g. CREATE, UPDATE, DELETE, LOGIN, LOGIN_FAILED, LOCKOUT, LOGOUT, EXPORT, UNLOCK. */
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  /** For events without a signed-in actor (a failed login): the name that was tried. */
  actorName?: string;
}

// Before/after snapshots must never carry secrets into an append-only table.
const SECRET_FIELDS = new Set(["passwordHash", "password"]);

function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, inner) => {
      if (SECRET_FIELDS.has(key)) return "[redacted]";
      return typeof inner === "bigint" ? inner.toString() : inner;
    }),
  );
}

/** Appends one audit row. Call it inside the transaction of the change it records. */
export async function writeAudit(client: Tx | Db, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorName: entry.actor?.displayName ?? entry.actorName ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      ip: entry.ip ?? null,
    },
  });
}
