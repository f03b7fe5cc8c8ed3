"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { firstSetupAction } from "@/lib/account/actions";
import { SETUP_ADMINS } from "@/lib/account/options";

const ROLE_OF = { system: "SYSTEM_ADMIN", security: "SECURITY_ADMIN", audit: "AUDIT_ADMIN" } as const;

export function SetupForm() {
  const t = useTranslations();
  const router = useRouter();
  return (
    <ActionForm action={firstSetupAction} schema={() => import("@/lib/account/schema").then((m) => m.setupSchema)} successMessage={t("setup.done")} onSuccess={() => router.replace("/login")}>
      <TextField name="organName" label={t("setup.organName")} required />
      {SETUP_ADMINS.map((admin) => (
        <fieldset key={admin} className="grid gap-3 rounded-lg border p-3">
          <legend className="px-1 text-sm font-medium">{t(`roles.${ROLE_OF[admin]}`)}</legend>
          <TextField name={`${admin}Username`} label={t("setup.username")} hint={t("admin.usernameHint")} autoComplete="off" required />
          <TextField
            name={`${admin}Password`}
            type="password"
            label={t("setup.initialPassword")}
            hint={t("setup.initialPasswordHint")}
            autoComplete="new-password"
            required
          />
        </fieldset>
      ))}
      <SubmitButton className="w-full">{t("setup.submit")}</SubmitButton>
    </ActionForm>
  );
}
