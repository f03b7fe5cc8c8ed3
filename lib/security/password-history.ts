import "server-only";
import type { Tx } from "@/lib/db/connect";
import { validationError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { msg } from "@/lib/validation";
import type { SecurityPolicy } from "./policy-schema";

/**
 * Refuses a new password that is shorter than the policy asks or equals the current one or one
 * of the last `passwordHistory` ones. `field` names the form field the message belongs under.
 */
export async function assertPasswordAllowed(tx: Tx, userId: string, password: string, policy: SecurityPolicy, field: string) {
  if (password.length < policy.passwordMinLength) throw validationError({ [field]: [msg("passwordShorterThanPolicy", policy.passwordMinLength)] });
  if (policy.passwordHistory === 0) return;
  const [current, earlier] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } }),
    tx.passwordHistory.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: policy.passwordHistory - 1,
      select: { passwordHash: true },
    }),
  ]);
  for (const { passwordHash } of [current, ...earlier]) {
    if (await verifyPassword(passwordHash, password)) throw validationError({ [field]: [msg("passwordReused", policy.passwordHistory)] });
  }
}

/** Keeps the hash being replaced, so it counts against reuse. */
export async function rememberPassword(tx: Tx, userId: string): Promise<void> {
  const { passwordHash } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  await tx.passwordHistory.create({ data: { userId, passwordHash } });
}
