"use client";

import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { PageHeader } from "@/components/ui/page-header";
import { ROLES } from "@/lib/auth/roles";
import { updateSecurityPolicyAction } from "@/lib/security/actions";
import type { SecurityPolicy } from "@/lib/security/policy-schema";

const NUMBER_FIELDS = [
  "passwordMinLength",
  "passwordExpiryDays",
  "passwordHistory",
  "lockoutThreshold",
  "lockoutMinutes",
  "addressFailureLimit",
  "idleMinutes",
  "absoluteHours",
] as const;

export function SecurityPolicyForm({ policy }: { policy: SecurityPolicy }) {
  const t = useTranslations();
  return (
    <div className="grid max-w-2xl gap-6">
      <PageHeader title={t("securityPolicy.title")} description={t("securityPolicy.description")} />
      <ActionForm action={updateSecurityPolicyAction} schema={() => import("@/lib/security/policy-schema").then((m) => m.securityPolicySchema)} successMessage={t("securityPolicy.saved")} className="grid gap-4 rounded-lg border bg-card p-4">
        <div className="grid gap-4 sm:grid-cols-2">
          {NUMBER_FIELDS.map((field) => (
            <TextField key={field} name={field} type="number" label={t(`securityPolicy.${field}`)} defaultValue={policy[field]} required />
          ))}
        </div>
        <fieldset className="grid gap-2">
          <legend className="text-sm font-medium">{t("securityPolicy.totpRequiredRoles")}</legend>
          <div className="grid gap-2 sm:grid-cols-3">
            {ROLES.map((role) => (
              <label key={role} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="totpRequiredRoles" value={role} defaultChecked={policy.totpRequiredRoles.includes(role)} className="size-4 accent-primary" />
                {t(`roles.${role}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <SubmitButton>{t("common.save")}</SubmitButton>
      </ActionForm>
    </div>
  );
}
