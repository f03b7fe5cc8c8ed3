import { z } from "zod";
import { ROLES, BUSINESS_ROLES } from "@/lib/auth/roles";
import { choice, msg, optionalText, passwordSchema, recordId, requiredText } from "@/lib/validation";

export const usernameSchema = z
  .string({ error: msg("required") })
  .trim()
  .min(3, msg("usernameFormat"))
  .max(32, msg("usernameFormat"))
  .regex(/^[a-z0-9][a-z0-9._-]*$/, msg("usernameFormat"));

/** A secretary works for exactly one branch; every other role for none. */
const branchMatchesRole = (value: { role: string; branchId?: string }) =>
  value.role === "SECRETARY" ? Boolean(value.branchId) : !value.branchId;

// The system administrator creates business accounts; administrator accounts are the
// security administrator's to assign (三员分立: no one both creates and empowers an account).
export const createUserSchema = z
  .object({
    username: usernameSchema,
    displayName: requiredText(40),
    title: optionalText(60),
    role: choice(BUSINESS_ROLES),
    branchId: recordId().optional(),
    initialPassword: passwordSchema,
  })
  .refine(branchMatchesRole, { message: msg("branchForSecretaryOnly"), path: ["branchId"] });

export const userIdSchema = z.object({ id: recordId() });

export const resetPasswordSchema = z.object({ id: recordId(), initialPassword: passwordSchema });

export const setActiveSchema = z.object({ id: recordId(), active: z.enum(["true", "false"]).transform((value) => value === "true") });

export const changeBranchSchema = z.object({ id: recordId(), branchId: recordId() });

export const assignRoleSchema = z
  .object({ id: recordId(), role: choice(ROLES), branchId: recordId().optional() })
  .refine(branchMatchesRole, { message: msg("branchForSecretaryOnly"), path: ["branchId"] });

export const userListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  q: z.string().trim().max(64).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
});

export type CreateUserInput = z.output<typeof createUserSchema>;
export type AssignRoleInput = z.output<typeof assignRoleSchema>;
export type UserListQuery = z.output<typeof userListQuerySchema>;
