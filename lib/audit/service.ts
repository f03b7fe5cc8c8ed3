import type { Db, Tx } from "@/lib/db/connect";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RoleName } from "@/lib/auth/roles";
import { withoutNul } from "@/lib/security/nul";
import { chainHash, type ChainedContent } from "./chain";

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

// Before/after snapshots must never carry secrets into an append-only table, nor a NUL
// character, which jsonb refuses (a refused input is still worth its audit row).
const SECRET_FIELDS = new Set(["passwordHash", "password"]);

function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, inner) => {
      if (SECRET_FIELDS.has(key)) return "[redacted]";
      if (typeof inner === "string") return withoutNul(inner);
      return typeof inner === "bigint" ? inner.toString() : inner;
    }),
  );
}

// Prisma's transaction client has a $transaction of its own (for nesting) but no $connect.
function isRootClient(client: Tx | Db): client is Db {
  return typeof (client as Partial<Db>).$connect === "function";
}

// Chained rows must be appended one at a time: the lock is held until the writing transaction
// ends, so the next writer reads the hash this one wrote.
const CHAIN_LOCK = 7_301_998_412;

/**
 * Appends one audit row, chained to the previous one. Call it inside the transaction of the
 * change it records; given the plain client it opens a transaction of its own.
 */
export async function writeAudit(client: Tx | Db, entry: AuditEntry): Promise<void> {
  if (isRootClient(client)) {
    await client.$transaction((tx) => writeAudit(tx, entry));
    return;
  }
  await client.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`;
  const previous = await client.auditLog.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const content: ChainedContent = {
    at: new Date(),
    actorId: entry.actor?.id ?? null,
    actorName: entry.actor?.displayName ?? entry.actorName ?? null,
    actorRole: entry.actor?.role ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: snapshot(entry.before) ?? null,
    after: snapshot(entry.after) ?? null,
    ip: entry.ip ?? null,
  };
  const prevHash = previous?.hash ?? null;
  await client.auditLog.create({
    data: {
      ...content,
      actorRole: entry.actor?.role ?? null,
      before: content.before ?? undefined,
      after: content.after ?? undefined,
      prevHash,
      hash: chainHash(prevHash, content),
    },
  });
}
