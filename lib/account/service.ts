import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/service";
import { conflict, validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/session";
import type { ChangePasswordInput, SetupInput } from "./schema";

/** Changing one's password ends every session of the account, this one included: sign in again. */
export async function changeOwnPassword(user: CurrentUser, input: ChangePasswordInput) {
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw validationError({ currentPassword: [msg("wrongCurrentPassword")] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
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

/**
 * Creates the organ and the first system administrator on an empty production database.
 * The advisory lock makes two simultaneous first visits create one administrator, not two.
 */
export async function runFirstSetup(input: SetupInput, ip: string | null) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('party-work-desk:first-setup'))`;
    if ((await tx.user.count()) > 0) throw conflict("setupDone");
    const organ = (await tx.organ.findFirst()) ?? (await tx.organ.create({ data: { name: input.organName } }));
    const admin = await tx.user.create({
      data: {
        username: input.username,
        displayName: input.displayName,
        role: "SYSTEM_ADMIN",
        passwordHash,
        mustChangePassword: false,
      },
      select: { id: true, username: true, displayName: true, role: true },
    });
    await writeAudit(tx, { actor: admin, action: "SETUP", entity: "User", entityId: admin.id, after: { organ: organ.name, admin }, ip });
    return admin;
  });
}
