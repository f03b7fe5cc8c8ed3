"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/forms/fields";
import { FormDialog } from "@/components/forms/form-dialog";
import { createMassOrganizationAction, updateMassOrganizationAction } from "@/lib/mass/actions";
import { MASS_ORGANIZATION_KINDS } from "@/lib/mass/options";

interface OrganizationValues {
  id: string;
  version: number;
  kind: string;
  name: string;
}

function OrganizationFields({ organization }: { organization?: OrganizationValues }) {
  const t = useTranslations("mass");
  return (
    <>
      <SelectField
        name="kind"
        label={t("organizations.kind")}
        options={MASS_ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`organizationKinds.${kind}`) }))}
        placeholder=""
        defaultValue={organization?.kind ?? ""}
        required
      />
      <TextField name="name" label={t("organizations.name")} defaultValue={organization?.name} required maxLength={60} />
    </>
  );
}

export function AddOrganizationDialog() {
  const t = useTranslations("mass");
  return (
    <FormDialog
      triggerLabel={t("organizations.new")}
      title={t("organizations.new")}
      action={createMassOrganizationAction}
      schema={() => import("@/lib/mass/schema").then((m) => m.createMassOrganizationSchema)}
      successMessage={t("organizations.created")}
    >
      <OrganizationFields />
    </FormDialog>
  );
}

export function EditOrganizationDialog({ organization }: { organization: OrganizationValues }) {
  const t = useTranslations();
  return (
    <FormDialog
      triggerLabel={t("common.edit")}
      triggerVariant="ghost"
      triggerSize="sm"
      title={`${t("mass.organizations.edit")}：${organization.name}`}
      action={updateMassOrganizationAction}
      schema={() => import("@/lib/mass/schema").then((m) => m.updateMassOrganizationSchema)}
      successMessage={t("common.saved")}
    >
      <input type="hidden" name="id" value={organization.id} />
      <input type="hidden" name="version" value={organization.version} />
      <OrganizationFields organization={organization} />
    </FormDialog>
  );
}
