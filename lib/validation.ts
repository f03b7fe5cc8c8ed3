import { z } from "zod";
import { parseCalendarDate } from "./dates";
import { msg } from "./validation-issues";

// Shared by forms in the browser and actions on the server. Custom messages are keys under
// `validation.` in the message files ("key" or "key:param"), so one schema speaks both languages.

export { msg };

// PostgreSQL text cannot hold U+0000 (lib/security/nul.ts): refused as input, not left to fail in the database.
const NO_NUL = /^[^\0]*$/;

export const requiredText = (max = 200) =>
  z
    .string({ error: msg("required") })
    .trim()
    .min(1, msg("required"))
    .max(max, msg("tooLong", max))
    .regex(NO_NUL, msg("invalidCharacters"));

export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, msg("tooLong", max))
    .regex(NO_NUL, msg("invalidCharacters"))
    .optional()
    .transform((value) => (value ? value : null));

export const calendarDate = () =>
  z
    .string({ error: msg("required") })
    .transform((value, context) => {
      const date = parseCalendarDate(value);
      if (!date) {
        context.addIssue({ code: "custom", message: msg("invalidDate") });
        return z.NEVER;
      }
      return date;
    });

export const optionalCalendarDate = () =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const date = parseCalendarDate(value);
      if (!date) {
        context.addIssue({ code: "custom", message: msg("invalidDate") });
        return z.NEVER;
      }
      return date;
    });

export const recordId = () => z.string({ error: msg("required") }).trim().min(1, msg("required")).max(40);

/** An HTML checkbox: present ("on") when ticked, absent otherwise. */
export const checkbox = () =>
  z
    .union([z.literal("on"), z.literal("true"), z.boolean()])
    .optional()
    .transform((value) => value === "on" || value === "true" || value === true);

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: msg("invalidChoice") });

/** Each editable record carries the version it was loaded at, so a stale save is refused. */
export const versionField = () => z.coerce.number({ error: msg("required") }).int().min(1);

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  q: z.string().trim().max(100).optional().catch(undefined),
});

/** Passwords: at least 8 characters with 3 of the 4 character classes (等保 practice). */
export const passwordSchema = z
  .string({ error: msg("required") })
  .min(8, msg("passwordTooShort"))
  .max(128, msg("tooLong", 128))
  .refine(
    (value) => [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(value)).length >= 3,
    msg("passwordWeak"),
  );

/** A whole number of at least `min` (counts of people, copies, entries …). */
export const count = (max = 100_000, min = 0) =>
  z.coerce
    .number({ error: msg("wholeNumber") })
    .int(msg("wholeNumber"))
    .min(min, msg("atLeast", min))
    .max(max, msg("atMost", max));

/** An optional whole number: an empty field is null. */
export const optionalCount = (max = 100_000, min = 0) =>
  z.preprocess((value) => (value === "" || value === undefined || value === null ? null : value), count(max, min).nullable());

/**
 * Record ids picked in a form (member picker, linked records): one comma-separated form value,
 * or an array when called from code. Duplicates collapse.
 */
export const idList = (max = 500) =>
  z.preprocess(
    (value) => (value === undefined || value === null ? [] : typeof value === "string" ? value.split(",").filter(Boolean) : value),
    z
      .array(recordId())
      .max(max, msg("atMost", max))
      .transform((ids) => [...new Set(ids)]),
  );

/**
 * Rows edited in a form (speakers, absentees …): one JSON form value, or an array when called
 * from code. Each row is checked by `item`; a row's problem is reported on the list's field.
 */
export const jsonList = <T extends z.ZodType>(item: T, max = 200) =>
  z.preprocess((value) => {
    if (value === undefined || value === null || value === "") return [];
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }, z.array(item).max(max, msg("atMost", max)));
