import { z } from "zod";
import { msg, passwordSchema, requiredText } from "@/lib/validation";
import { usernameSchema } from "@/lib/users/schema";

export * from "./options";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: msg("required") }).min(1, msg("required")),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: msg("required") }),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { message: msg("passwordMismatch"), path: ["confirmPassword"] })
  .refine((value) => value.newPassword !== value.currentPassword, { message: msg("passwordUnchanged"), path: ["newPassword"] });

/**
 * First run in production mode: the organ's name and the three separated administrators
 * (三员), each with an initial password they must change, and a second factor to enrol, at
 * their first sign-in.
 */
export const setupSchema = z
  .object({
    organName: requiredText(60),
    systemUsername: usernameSchema,
    systemPassword: passwordSchema,
    securityUsername: usernameSchema,
    securityPassword: passwordSchema,
    auditUsername: usernameSchema,
    auditPassword: passwordSchema,
  })
  .refine((value) => new Set([value.systemUsername, value.securityUsername, value.auditUsername]).size === 3, {
    message: msg("usernamesDistinct"),
    path: ["auditUsername"],
  });

export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
export type SetupInput = z.output<typeof setupSchema>;

export const totpCodeSchema = z.object({
  code: z.string({ error: msg("required") }).trim().regex(/^\d{6}$/, msg("totpFormat")),
});

export const startTotpSchema = z.object({});
