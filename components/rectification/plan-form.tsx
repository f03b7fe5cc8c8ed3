"use client";

import { useTranslations } from "next-intl";
import { FormDialog } from "@/components/forms/form-dialog";
import { SelectField, TextField } from "@/components/forms/fields";
import { createRectificationPlanAction, updateRectificationPlanAction } from "@/lib/rectification/actions";
import { RECTIFICATION_SOURCES } from "@/lib/rectification/options";

interface PlanFormProps {
  plan?: { id: string; version: number; year: number; title: string; source: string; orgUnitId: string | null; raised: boolean };
  branches: { id: string; name: string }[];
  writesOrgan: boolean;
  year: number;
}

/** A plan in a dialog: new from the plans list, edited from its page. */
export function PlanFormDialog({ plan, branches, writesOrgan, year }: PlanFormProps) {
  const t = useTranslations("rectification");
  const common = useTranslations("common");
  return (
    <FormDialog
      triggerLabel={plan ? common("edit") : t("plan.new")}
      triggerVariant={plan ? "outline" : "default"}
      triggerSize={plan ? "sm" : "default"}
      title={plan ? t("plan.edit") : t("plan.new")}
      action={plan ? updateRectificationPlanAction : createRectificationPlanAction}
      schema={() => import("@/lib/rectification/schema").then((m) => (plan ? m.updatePlanSchema : m.createPlanSchema))}
      successMessage={plan ? common("saved") : t("plan.created")}
    >
      {plan ? (
        <>
          <input type="hidden" name="id" value={plan.id} />
          <input type="hidden" name="version" value={plan.version} />
        </>
      ) : null}
      <TextField name="title" label={t("plan.name")} defaultValue={plan?.title} maxLength={200} required />
      <TextField name="year" label={t("plan.year")} type="number" inputMode="numeric" defaultValue={plan?.year ?? year} required />
      {plan?.raised ? (
        <input type="hidden" name="source" value={plan.source} />
      ) : (
        <SelectField name="source" label={t("fields.source")} options={RECTIFICATION_SOURCES.map((source) => ({ value: source, label: t(`sources.${source}`) }))} placeholder="" defaultValue={plan?.source ?? ""} required />
      )}
      {writesOrgan ? (
        <SelectField name="orgUnitId" label={t("plan.level")} options={branches.map((branch) => ({ value: branch.id, label: branch.name }))} placeholder={t("plan.organLevel")} defaultValue={plan?.orgUnitId ?? ""} />
      ) : (
        <input type="hidden" name="orgUnitId" value={branches[0]?.id ?? ""} />
      )}
    </FormDialog>
  );
}
