import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { recordsChanged } from "@/lib/records/cache";
import { type AppError, type ChangedField, type ConflictDetails, isAppError } from "@/lib/errors";
import { ORGAN_TIME_ZONE } from "@/lib/dates";
import { logger } from "@/lib/logger";
import { getClientIp, requirePermission, requireSameOrigin, requireUser, type CurrentUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { formDataToObject, issuesByField, translateIssue } from "@/lib/validation-issues";
import { writeAudit } from "@/lib/audit/service";
import { db } from "@/lib/db/client";

/** A stale save's refusal as the form shows it: each changed field with its stored value, translated. */
export interface ConflictNotice {
  changes: { field: string; label: string; value: string }[] | null;
  savedBy: string | null;
  /** Formatted in Asia/Shanghai for the user's locale. */
  savedAt: string | null;
}

export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; conflict?: ConflictNotice };

export interface ActionContext {
  user: CurrentUser;
  ip: string | null;
}

interface ActionConfig<S extends z.ZodType> {
  /** Names the action in logs and in the audit row of a refusal. */
  name: string;
  permission: Permission;
  schema: S;
  /** Paths whose server-rendered data this action changes. */
  revalidate?: string[];
}

/**
 * The one way a write enters the server. Order matters: same origin, session, then permission, then
 * validation, then the handler (which runs its own transaction and audit row). Expected
 * errors come back as translated messages, field by field; anything else is logged once and
 * shown as a generic message.
 *
 * Called by forms as `action(previousState, formData)` (useActionState) and by code as
 * `action(input)`.
 */
export function defineAction<S extends z.ZodType, T>(
  config: ActionConfig<S>,
  handler: (input: z.output<S>, context: ActionContext) => Promise<T>,
) {
  async function serverAction(first: unknown, second?: unknown): Promise<ActionResult<T>> {
    const raw = second === undefined ? first : second;
    const input = raw instanceof FormData ? formDataToObject(raw) : raw;
    const t = await getTranslations();
    let user: CurrentUser | undefined;
    try {
      await requireSameOrigin();
      user = await requireUser();
      const ip = await getClientIp();
      try {
        requirePermission(user, config.permission);
      } catch (error) {
        await writeAudit(db, { actor: user, action: "REFUSED", entity: config.name, ip });
        throw error;
      }
      const parsed = await config.schema.safeParseAsync(input, {
        error: (t("meta.locale") === "en" ? z.locales.en() : z.locales.zhCN()).localeError,
      });
      if (!parsed.success) return validationFailure(parsed.error, t);
      const data = await handler(parsed.data, { user, ip });
      for (const path of config.revalidate ?? []) revalidatePath(path, "layout");
      // Any write may change a dashboard figure: expire them at once rather than serve stale ones.
      await recordsChanged();
      return { ok: true, data };
    } catch (error) {
      if (isAppError(error)) return expectedFailure(error, t);
      logger.error({ err: error, action: config.name, userId: user?.id }, "server action failed");
      return { ok: false, error: t("errors.unexpected") };
    }
  }
  return serverAction;
}

type Translate = (key: string, values?: Record<string, string>) => string;

/** A refused input as the form shows it: one summary line plus translated messages per field. */
export function validationFailure(error: z.ZodError, t: Translate): ActionResult<never> {
  const fieldErrors = Object.fromEntries(
    Object.entries(issuesByField(error)).map(([field, messages]) => [field, messages.map((message) => translateIssue(message, t))]),
  );
  return { ok: false, error: t("errors.validation"), fieldErrors };
}

export function expectedFailure(error: AppError, t: Translate): ActionResult<never> {
  const fieldErrors = error.fieldErrors
    ? Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((key) => translateIssue(key, t))]),
      )
    : undefined;
  const result: ActionResult<never> = { ok: false, error: t(`errors.${error.messageKey}`), fieldErrors };
  return error.conflict ? { ...result, conflict: conflictNotice(error.conflict, t) } : result;
}

function conflictNotice({ changes, savedBy, savedAt }: ConflictDetails, t: Translate): ConflictNotice {
  const locale = t("meta.locale");
  const at = savedAt
    ? new Intl.DateTimeFormat(locale, { timeZone: ORGAN_TIME_ZONE, dateStyle: "medium", timeStyle: "short" }).format(savedAt)
    : null;
  return {
    changes: changes?.map((change) => ({ field: change.field, label: t(change.label), value: displayValue(change, change.value, t) })) ?? null,
    savedBy,
    savedAt: at,
  };
}

const CALENDAR_DATE = /^(\d{4}-\d{2}-\d{2})T00:00:00\.000Z$/;

/** A stored value as a person reads it: calendar dates as YYYY-MM-DD, enums and booleans translated. */
function displayValue(change: ChangedField, value: unknown, t: Translate): string {
  if (change.opaque) return t("errors.conflictChanged");
  if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return t("errors.conflictEmpty");
  if (Array.isArray(value)) return value.map((item) => displayValue(change, item, t)).join(t("errors.conflictListSeparator"));
  if (typeof value === "boolean") return t(value ? "common.yes" : "common.no");
  if (typeof value === "string") {
    if (change.values) return t(`${change.values}.${value}`);
    return CALENDAR_DATE.exec(value)?.[1] ?? value;
  }
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
