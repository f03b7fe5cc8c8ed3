"use server";
import { getTranslations } from "next-intl/server";
import { defineAction, expectedFailure, validationFailure, type ActionResult } from "@/lib/actions/define-action";
import { getClientIp, requireSameOrigin } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formDataToObject } from "@/lib/validation-issues";
import { logger } from "@/lib/logger";
import { changePasswordSchema, setupSchema, startTotpSchema, totpCodeSchema } from "./schema";
import { changeOwnPassword, confirmTotpEnrolment, runFirstSetup, startTotpEnrolment } from "./service";

export const changePasswordAction = defineAction(
  { name: "account.changePassword", permission: "account.self", schema: changePasswordSchema },
  async (input, { user }) => changeOwnPassword(user, input),
);

export const startTotpEnrolmentAction = defineAction(
  { name: "account.startTotp", permission: "account.self", schema: startTotpSchema },
  async (_input, { user }) => startTotpEnrolment(user),
);

export const confirmTotpEnrolmentAction = defineAction(
  { name: "account.confirmTotp", permission: "account.self", schema: totpCodeSchema },
  async (input, { user }) => confirmTotpEnrolment(user, input.code),
);

/** The only write open to anonymous visitors, and only while the database has no account at all. */
export async function firstSetupAction(_previous: unknown, formData: FormData): Promise<ActionResult<null>> {
  const t = await getTranslations();
  try {
    await requireSameOrigin();
    const parsed = setupSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return validationFailure(parsed.error, t);
    await runFirstSetup(parsed.data, await getClientIp());
    return { ok: true, data: null };
  } catch (error) {
    if (isAppError(error)) return expectedFailure(error, t);
    logger.error({ err: error, action: "account.firstSetup" }, "server action failed");
    return { ok: false, error: t("errors.unexpected") };
  }
}
