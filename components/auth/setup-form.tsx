"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { firstSetupAction } from "@/lib/account/actions";
import { setupSchema } from "@/lib/account/schema";

export function SetupForm() {
  const t = useTranslations();
  const router = useRouter();
  return (
    <ActionForm action={firstSetupAction} schema={setupSchema} successMessage={t("setup.done")} onSuccess={() => router.replace("/login")}>
      <TextField name="organName" label={t("setup.organName")} required />
      <TextField name="username" label={t("setup.username")} hint={t("admin.usernameHint")} autoComplete="username" required />
      <TextField name="displayName" label={t("setup.displayName")} required />
      <TextField name="password" type="password" label={t("setup.password")} hint={t("account.newPasswordHint")} autoComplete="new-password" required />
      <TextField name="confirmPassword" type="password" label={t("setup.confirmPassword")} autoComplete="new-password" required />
      <SubmitButton className="w-full">{t("setup.submit")}</SubmitButton>
    </ActionForm>
  );
}
