import "server-only";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import { writeAudit } from "@/lib/audit/service";
import type { CurrentUser } from "@/lib/auth/session";
import { policyFromStored, SECURITY_POLICY_KEY, type SecurityPolicy } from "./policy-schema";

/** The policy in force: the stored one, with defaults for anything missing or invalid. */
export async function getSecurityPolicy(client: Db | Tx = db): Promise<SecurityPolicy> {
  const stored = await client.setting.findUnique({ where: { key: SECURITY_POLICY_KEY } });
  return policyFromStored(stored?.value);
}

export async function updateSecurityPolicy(user: CurrentUser, policy: SecurityPolicy) {
  await db.$transaction(async (tx) => {
    const before = await getSecurityPolicy(tx);
    await tx.setting.upsert({
      where: { key: SECURITY_POLICY_KEY },
      create: { key: SECURITY_POLICY_KEY, value: policy, updatedById: user.id },
      update: { value: policy, updatedById: user.id },
    });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "SecurityPolicy", entityId: SECURITY_POLICY_KEY, before, after: policy });
  });
}
