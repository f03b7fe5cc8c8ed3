import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/service";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { RoleName } from "./roles";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 30;

export type LoginFailure = "INVALID" | "LOCKED" | "DISABLED";

export class LoginError extends Error {
  constructor(readonly reason: LoginFailure) {
    super(reason);
  }
}

export interface SessionClaims {
  userId: string;
  role: RoleName;
  branchId: string | null;
  sessionVersion: number;
  sessionId: string;
}

interface LoginRequest {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Checks a password login. Failures are counted in PostgreSQL so that every app instance
 * sees the same count; the fifth consecutive failure locks the account for 30 minutes.
 */
export async function authenticate({ username, password, ip, userAgent }: LoginRequest): Promise<SessionClaims> {
  const user = await db.user.findUnique({ where: { username } });
  if (!user) {
    await burnPasswordCheck(password);
    await writeAudit(db, { actor: null, actorName: username, action: "LOGIN_FAILED", entity: "User", ip });
    throw new LoginError("INVALID");
  }
  const actor = { id: user.id, displayName: user.displayName, role: user.role };
  const now = new Date();

  if (user.lockedUntil && user.lockedUntil > now) {
    await writeAudit(db, { actor, action: "LOGIN_REFUSED_LOCKED", entity: "User", entityId: user.id, ip });
    throw new LoginError("LOCKED");
  }

  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailure(user.id, user.lockedUntil !== null, actor, ip);
    throw new LoginError("INVALID");
  }

  if (!user.active) {
    await writeAudit(db, { actor, action: "LOGIN_REFUSED_DISABLED", entity: "User", entityId: user.id, ip });
    throw new LoginError("DISABLED");
  }

  const session = await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    const created = await tx.userSession.create({ data: { userId: user.id, ip, userAgent: userAgent?.slice(0, 300) } });
    await writeAudit(tx, { actor, action: "LOGIN", entity: "User", entityId: user.id, ip });
    return created;
  });

  return {
    userId: user.id,
    role: user.role,
    branchId: user.branchId,
    sessionVersion: user.sessionVersion,
    sessionId: session.id,
  };
}

async function recordFailure(
  userId: string,
  hadExpiredLock: boolean,
  actor: { id: string; displayName: string; role: RoleName },
  ip: string | null,
) {
  await db.$transaction(async (tx) => {
    // After an expired lock the count starts again; the increment itself is atomic in SQL,
    // so concurrent attempts on two instances cannot both read the same count.
    const updated = await tx.user.update({
      where: { id: userId },
      data: hadExpiredLock
        ? { failedLoginCount: 1, lockedUntil: null }
        : { failedLoginCount: { increment: 1 } },
      select: { failedLoginCount: true },
    });
    await writeAudit(tx, { actor, action: "LOGIN_FAILED", entity: "User", entityId: userId, ip });
    if (updated.failedLoginCount >= MAX_FAILED_LOGINS) {
      const lockedUntil = new Date(Date.now() + LOCKOUT_MINUTES * 60_000);
      await tx.user.update({ where: { id: userId }, data: { lockedUntil } });
      await writeAudit(tx, { actor, action: "LOCKOUT", entity: "User", entityId: userId, after: { lockedUntil }, ip });
    }
  });
}

/** Ends one signed-in session on the server (logout). */
export async function revokeSession(sessionId: string, actor: { id: string; displayName: string; role: RoleName } | null) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count > 0) await writeAudit(tx, { actor, action: "LOGOUT", entity: "User", entityId: actor?.id });
  });
}
