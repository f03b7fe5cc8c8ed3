import { z } from "zod";
import { msg, passwordSchema, requiredText } from "@/lib/validation";
import { usernameSchema } from "@/lib/users/schema";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: msg("required") }).min(1, msg("required")),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: msg("required") }),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { message: msg("passwordMismatch"), path: ["confirmPassword"] })
  .refine((value) => value.newPassword !== value.currentPassword, { message: msg("passwordUnchanged"), path: ["newPassword"] });

/** First run in production mode: the organ's name and the first system administrator. */
export const setupSchema = z
  .object({
    organName: requiredText(60),
    username: usernameSchema,
    displayName: requiredText(40),
    password: passwordSchema,
    confirmPassword: z.string({ error: msg("required") }),
  })
  .refine((value) => value.password === value.confirmPassword, { message: msg("passwordMismatch"), path: ["confirmPassword"] });

export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
export type SetupInput = z.output<typeof setupSchema>;
