"use client";

import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { changePasswordAction } from "@/lib/account/actions";
import { signOutTo } from "@/lib/auth/browser";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  return (
    <ActionForm
      action={changePasswordAction}
      schema={() => import("@/lib/account/schema").then((m) => m.changePasswordSchema)}
      // The change ended every session of the account; sign in again with the new password.
      onSuccess={() => signOutTo("/login?changed=1")}
    >
      <TextField name="currentPassword" type="password" label={t("currentPassword")} autoComplete="current-password" required />
      <TextField name="newPassword" type="password" label={t("newPassword")} hint={t("newPasswordHint")} autoComplete="new-password" required />
      <TextField name="confirmPassword" type="password" label={t("confirmPassword")} autoComplete="new-password" required />
      <SubmitButton className="w-full">{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
