import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { msg } from "@/lib/validation";

const bounded = (min: number, max: number) =>
  z.coerce.number({ error: msg("required") }).int(msg("wholeNumber")).min(min, msg("atLeast", min)).max(max, msg("atMost", max));

/** The security administrator's policy (等保 identity controls). Owned by SECURITY_ADMIN only. */
export const securityPolicySchema = z.object({
  passwordMinLength: bounded(8, 64),
  /** Days before a password must be changed; 0 turns expiry off. */
  passwordExpiryDays: bounded(0, 365),
  /** How many earlier passwords may not be reused. */
  passwordHistory: bounded(0, 24),
  lockoutThreshold: bounded(3, 20),
  lockoutMinutes: bounded(1, 1440),
  /** Failed sign-ins one client address may make in 15 minutes, whatever the accounts tried. */
  addressFailureLimit: bounded(5, 1000),
  idleMinutes: bounded(5, 240),
  absoluteHours: bounded(1, 24),
  totpRequiredRoles: z
    .union([z.array(z.enum(ROLES)), z.enum(ROLES)])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
});

export type SecurityPolicy = z.output<typeof securityPolicySchema>;

/** Level 3 defaults: two factors for the three administrators and the Party office. */
export const DEFAULT_SECURITY_POLICY: SecurityPolicy = {
  passwordMinLength: 8,
  passwordExpiryDays: 90,
  passwordHistory: 5,
  lockoutThreshold: 5,
  lockoutMinutes: 30,
  addressFailureLimit: 30,
  idleMinutes: 30,
  absoluteHours: 8,
  totpRequiredRoles: ["SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN", "PARTY_OFFICE"],
};

export const SECURITY_POLICY_KEY = "security.policy";

/** The stored setting's value as the policy in force: defaults for anything missing or invalid. */
export function policyFromStored(value: unknown): SecurityPolicy {
  const parsed = securityPolicySchema.partial().safeParse(value ?? {});
  return { ...DEFAULT_SECURITY_POLICY, ...(parsed.success ? stripUndefined(parsed.data) : {}) };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as Partial<T>;
}
