"use client";

import { useTranslations } from "next-intl";
import { FormDialog } from "@/components/forms/form-dialog";
import { DateField, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { raiseRectificationFromCheckAction } from "@/lib/integrity/actions";
import { RECTIFICATION_CLASSES } from "@/lib/rectification/options";

type Choice = { id: string; name: string };

interface RaiseFromCheckProps {
  checkId: string;
  /** The check's findings, offered as the item's problem. */
  findings: string;
  /** An organ-level check raises a department's item: the department is asked for. */
  organLevel: boolean;
  leaders: Choice[];
  owners: Choice[];
  verifiers: Choice[];
  today: string;
}

/** 发起整改 from a supervision check: the workflow's own item fields, the check deciding source and branch. */
export function RaiseFromCheckDialog({ checkId, findings, organLevel, leaders, owners, verifiers, today }: RaiseFromCheckProps) {
  const t = useTranslations("rectification");
  const options = (choices: Choice[]) => choices.map((choice) => ({ value: choice.id, label: choice.name }));
  return (
    <FormDialog
      triggerLabel={t("raiseFromCheck.title")}
      triggerVariant="outline"
      title={t("raiseFromCheck.title")}
      description={t("raiseFromCheck.description")}
      action={raiseRectificationFromCheckAction}
      schema={() => import("@/lib/rectification/schema").then((m) => m.raiseFromRecordSchema)}
      successMessage={t("raiseFromCheck.created")}
    >
      <input type="hidden" name="recordId" value={checkId} />
      <TextareaField name="problem" label={t("fields.problem")} defaultValue={findings.slice(0, 1000)} rows={3} maxLength={1000} required />
      <TextareaField name="measures" label={t("fields.measures")} rows={3} maxLength={4000} required />
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <SelectField name="class" label={t("fields.class")} options={RECTIFICATION_CLASSES.map((value) => ({ value, label: t(`classes.${value}`) }))} placeholder="" defaultValue="" required />
        <DateField name="deadline" label={t("fields.deadline")} defaultValue={today} required />
        {organLevel ? <TextField name="department" label={t("fields.department")} maxLength={100} required /> : null}
        <SelectField name="responsibleLeaderId" label={t("fields.responsibleLeader")} options={options(leaders)} placeholder="" defaultValue="" required />
        <SelectField name="ownerId" label={t("fields.owner")} hint={t("hints.owner")} options={options(owners)} placeholder="" defaultValue="" required />
        <SelectField name="verifierId" label={t("fields.verifier")} hint={t("hints.verifier")} options={options(verifiers)} placeholder="" defaultValue="" required />
      </div>
    </FormDialog>
  );
}
