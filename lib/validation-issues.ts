import type { z } from "zod";

// The half of validation that needs no zod: submitted form data as an object, and schema issues
// as translated messages per field. Forms load zod with their schema only when first used
// (components/forms/action-form.tsx), so what they need before that lives here.

/** A schema message: a key under `validation.` ("key" or "key:param"), so one schema speaks both languages. */
export const msg = (key: string, param?: string | number) =>
  param === undefined ? `validation.${key}` : `validation.${key}:${param}`;

/** Turns submitted FormData into a plain object: repeated names become arrays, empty fields disappear. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((value) => value !== "");
    if (values.length === 0) continue;
    result[key] = values.length === 1 && !key.endsWith("[]") ? values[0] : values;
  }
  return result;
}

/** Collects issues by field; each message is a translation key or zod's own (already localised) text. */
export function issuesByField(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "_form";
    (fields[field] ??= []).push(issue.message);
  }
  return fields;
}

/** Resolves a message produced by a schema: a `validation.key[:param]` key, or plain text. */
export function translateIssue(message: string, t: (key: string, values?: Record<string, string>) => string): string {
  if (!message.startsWith("validation.")) return message;
  const [key, param] = message.split(":");
  return t(key, param === undefined ? undefined : { param });
}
