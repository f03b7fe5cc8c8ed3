import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/service";
import { conflict, validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/session";
import { getSecurityPolicy } from "@/lib/security/policy";
import { enrolmentQr, newRecoveryCodes, newTotpSecret, verifyTotp } from "@/lib/security/totp";
import { assertPasswordAllowed, rememberPassword } from "@/lib/security/password-history";
import { getTranslations } from "next-intl/server";
import { SETUP_ADMINS, type ChangePasswordInput, type SetupInput } from "./schema";

/** Changing one's password ends every session of the account, this one included: sign in again. */
export async function changeOwnPassword(user: CurrentUser, input: ChangePasswordInput) {
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw validationError({ currentPassword: [msg("wrongCurrentPassword")] });
  }
  const [passwordHash, policy] = await Promise.all([hashPassword(input.newPassword), getSecurityPolicy()]);
  await db.$transaction(async (tx) => {
    await assertPasswordAllowed(tx, user.id, input.newPassword, policy, "newPassword");
    await rememberPassword(tx, user.id);
    await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        sessionVersion: { increment: 1 },
        updatedById: user.id,
      },
    });
    await writeAudit(tx, { actor: user, action: "CHANGE_PASSWORD", entity: "User", entityId: user.id });
  });
}

export async function isSetupNeeded(): Promise<boolean> {
  return (await db.user.count()) === 0;
}

const SETUP_ROLES = { system: "SYSTEM_ADMIN", security: "SECURITY_ADMIN", audit: "AUDIT_ADMIN" } as const;

/**
 * Creates the organ and the three administrators on an empty production database. The advisory
 * lock makes two simultaneous first visits set up once, not twice.
 */
export async function runFirstSetup(input: SetupInput, ip: string | null) {
  const hashes = await Promise.all(SETUP_ADMINS.map((admin) => hashPassword(input[`${admin}Password`])));
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('party-work-desk:first-setup'))`;
    if ((await tx.user.count()) > 0) throw conflict("setupDone");
    const organ = (await tx.organ.findFirst()) ?? (await tx.organ.create({ data: { name: input.organName } }));
    const t = await getTranslations("roles");
    for (const [index, admin] of SETUP_ADMINS.entries()) {
      const created = await tx.user.create({
        data: {
          username: input[`${admin}Username`],
          displayName: t(SETUP_ROLES[admin]),
          role: SETUP_ROLES[admin],
          passwordHash: hashes[index],
          mustChangePassword: true,
        },
        select: { id: true, username: true, displayName: true, role: true },
      });
      await writeAudit(tx, { actor: created, action: "SETUP", entity: "User", entityId: created.id, after: { organ: organ.name, user: created }, ip });
    }
  });
}

/** Starts (or restarts) enrolment: a fresh secret, not in force until a code from it is confirmed. */
export async function startTotpEnrolment(user: CurrentUser): Promise<{ secret: string; uri: string; svg: string }> {
  const secret = newTotpSecret();
  await db.$transaction(async (tx) => {
    const account = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabledAt: true } });
    if (account.totpEnabledAt) throw conflict("totpAlreadyEnabled");
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: secret } });
    await writeAudit(tx, { actor: user, action: "TOTP_ENROL_START", entity: "User", entityId: user.id });
  });
  return { secret, ...(await enrolmentQr(user.username, secret)) };
}

/** Confirms enrolment with a code from the app; returns recovery codes, shown this once. */
export async function confirmTotpEnrolment(user: CurrentUser, code: string): Promise<string[]> {
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
  if (account.totpEnabledAt) throw conflict("totpAlreadyEnabled");
  if (!account.totpSecret || !(await verifyTotp(account.totpSecret, code))) throw validationError({ code: [msg("totpWrong")] });
  const recovery = await newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date() } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: recovery.hashes.map((codeHash) => ({ userId: user.id, codeHash })) });
    await writeAudit(tx, { actor: user, action: "TOTP_ENABLED", entity: "User", entityId: user.id });
  });
  return recovery.codes;
}
