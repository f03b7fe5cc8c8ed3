import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/service";
import { getSecurityPolicy } from "@/lib/security/policy";
import type { SecurityPolicy } from "@/lib/security/policy-schema";
import { isAddressThrottled, recordAddressFailure } from "@/lib/security/throttle";
import { matchesRecoveryCode, verifyTotp } from "@/lib/security/totp";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { RoleName } from "./roles";

/** The sign-in refusals the login form explains; OTP_REQUIRED asks for the second factor. */
export type LoginFailure = "INVALID" | "LOCKED" | "DISABLED" | "THROTTLED" | "OTP_REQUIRED" | "OTP_INVALID";

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
  /** The second factor: a 6-digit TOTP code or a recovery code. */
  otp?: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Checks a sign-in. Failures are counted in PostgreSQL so that every app instance sees the
 * same count: per account (the policy's threshold locks it for the policy's minutes) and per
 * client address (against password spraying across many accounts).
 */
export async function authenticate({ username, password, otp, ip, userAgent }: LoginRequest): Promise<SessionClaims> {
  const policy = await getSecurityPolicy();
  if (await isAddressThrottled(ip, policy.addressFailureLimit)) {
    await writeAudit(db, { actor: null, actorName: username, action: "LOGIN_THROTTLED", entity: "User", ip });
    throw new LoginError("THROTTLED");
  }
  const user = await db.user.findUnique({ where: { username } });
  if (!user) {
    await burnPasswordCheck(password);
    await recordAddressFailure(ip);
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
    await recordFailure(user.id, user.lockedUntil !== null, actor, ip, policy);
    throw new LoginError("INVALID");
  }

  if (!user.active) {
    await writeAudit(db, { actor, action: "LOGIN_REFUSED_DISABLED", entity: "User", entityId: user.id, ip });
    throw new LoginError("DISABLED");
  }

  if (user.totpEnabledAt && user.totpSecret) {
    // Asked only after the password was right, so the question reveals nothing to a guesser.
    if (!otp) throw new LoginError("OTP_REQUIRED");
    if (!(await verifyTotp(user.totpSecret, otp.trim())) && !(await redeemRecoveryCode(user.id, otp, actor, ip))) {
      await recordFailure(user.id, false, actor, ip, policy);
      throw new LoginError("OTP_INVALID");
    }
  }

  const passwordExpired =
    policy.passwordExpiryDays > 0 && now.getTime() - user.passwordChangedAt.getTime() > policy.passwordExpiryDays * 86_400_000;

  const session = await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        failedLoginCount: 0,
        lockedUntil: null,
        lastLoginAt: now,
        ...(passwordExpired ? { mustChangePassword: true } : {}),
      },
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

/** A recovery code signs in once: it is marked used in the same statement that checks it is unused. */
async function redeemRecoveryCode(userId: string, input: string, actor: { id: string; displayName: string; role: RoleName }, ip: string | null) {
  const codes = await db.recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
  for (const code of codes) {
    if (await matchesRecoveryCode(code.codeHash, input)) {
      const { count } = await db.recoveryCode.updateMany({ where: { id: code.id, usedAt: null }, data: { usedAt: new Date() } });
      if (count === 1) await writeAudit(db, { actor, action: "RECOVERY_CODE_USED", entity: "User", entityId: userId, ip });
      return count === 1;
    }
  }
  return false;
}

async function recordFailure(
  userId: string,
  hadExpiredLock: boolean,
  actor: { id: string; displayName: string; role: RoleName },
  ip: string | null,
  policy: SecurityPolicy,
) {
  await recordAddressFailure(ip);
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
    if (updated.failedLoginCount >= policy.lockoutThreshold) {
      const lockedUntil = new Date(Date.now() + policy.lockoutMinutes * 60_000);
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
