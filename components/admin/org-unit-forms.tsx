"use client";

import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { CheckboxField, DateField, SelectField, TextField, type Option } from "@/components/forms/fields";
import { FormDialog } from "@/components/forms/form-dialog";
import { createOrgUnitAction, deleteOrgUnitAction, updateOrgUnitAction } from "@/lib/org/actions";
import { ORG_UNIT_TYPES } from "@/lib/org/options";

export interface OrgUnitValues {
  id: string;
  version: number;
  name: string;
  type: string;
  parentId: string | null;
  isRetiree: boolean;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export function CreateOrgUnitDialog({ parents, today }: { parents: Option[]; today: string }) {
  const t = useTranslations();
  return (
    <FormDialog triggerLabel={t("admin.addUnit")} title={t("admin.addUnit")} action={createOrgUnitAction} schema={() => import("@/lib/org/schema").then((m) => m.createOrgUnitSchema)} successMessage={t("admin.unitSaved")}>
      <TextField name="name" label={t("admin.unitName")} required maxLength={60} />
      <SelectField
        name="type"
        label={t("admin.unitType")}
        options={ORG_UNIT_TYPES.map((value) => ({ value, label: t(`orgTypes.${value}`) }))}
        defaultValue="BRANCH"
        required
      />
      <SelectField name="parentId" label={t("admin.parent")} options={parents} placeholder={t("admin.noParent")} />
      <DateField name="effectiveFrom" label={t("admin.effectiveFrom")} defaultValue={today} required />
      <CheckboxField name="isRetiree" label={t("admin.isRetiree")} />
    </FormDialog>
  );
}

export function EditOrgUnitDialog({ unit, parents }: { unit: OrgUnitValues; parents: Option[] }) {
  const t = useTranslations();
  return (
    <FormDialog
      triggerLabel={t("common.edit")}
      triggerVariant="ghost"
      triggerSize="sm"
      title={`${t("admin.editUnit")}：${unit.name}`}
      action={updateOrgUnitAction}
      schema={() => import("@/lib/org/schema").then((m) => m.updateOrgUnitSchema)}
      successMessage={t("admin.unitSaved")}
    >
      <input type="hidden" name="id" value={unit.id} />
      <input type="hidden" name="version" value={unit.version} />
      <TextField name="name" label={t("admin.unitName")} defaultValue={unit.name} required maxLength={60} />
      <SelectField
        name="parentId"
        label={t("admin.parent")}
        options={parents.filter((parent) => parent.value !== unit.id)}
        defaultValue={unit.parentId ?? ""}
        placeholder={t("admin.noParent")}
      />
      <DateField name="effectiveFrom" label={t("admin.effectiveFrom")} defaultValue={unit.effectiveFrom} required />
      <DateField name="effectiveTo" label={t("admin.effectiveTo")} defaultValue={unit.effectiveTo ?? undefined} />
      <CheckboxField name="isRetiree" label={t("admin.isRetiree")} defaultChecked={unit.isRetiree} />
    </FormDialog>
  );
}

export function DeleteOrgUnitButton({ unit }: { unit: { id: string; name: string } }) {
  const t = useTranslations();
  return (
    <ConfirmAction
      label={t("common.delete")}
      variant="ghost"
      destructive
      title={t("admin.deleteUnit")}
      description={t("admin.deleteUnitConfirm", { name: unit.name })}
      successMessage={t("common.deleted")}
      action={deleteOrgUnitAction}
      input={{ id: unit.id }}
    />
  );
}
