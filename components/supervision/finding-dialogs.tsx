"use client";

import { useTranslations } from "next-intl";
import { FormDialog } from "@/components/forms/form-dialog";
import { DateField, SelectField, TextareaField } from "@/components/forms/fields";
import { createSupervisionFindingAction, raiseRectificationFromFindingAction } from "@/lib/supervision/actions";
import { FINDING_SCOPES, SEVERITIES } from "@/lib/supervision/options";
import { RECTIFICATION_CLASSES } from "@/lib/rectification/options";
import { CheckboxGroupField } from "@/components/forms/checkbox-group";

type Choice = { id: string; name: string };

/** 登记问题: a common or individual finding of the round, naming the round's branches it concerns. */
export function FindingDialog({ roundId, branches }: { roundId: string; branches: Choice[] }) {
  const t = useTranslations("supervision");
  return (
    <FormDialog triggerLabel={t("findings.add")} title={t("findings.add")} action={createSupervisionFindingAction} schema={() => import("@/lib/supervision/schema").then((m) => m.createFindingSchema)} successMessage={t("findings.added")}>
      <input type="hidden" name="roundId" value={roundId} />
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <SelectField name="scope" label={t("fields.scope")} options={FINDING_SCOPES.map((scope) => ({ value: scope, label: t(`scopes.${scope}`) }))} placeholder="" defaultValue="" required />
        <SelectField name="severity" label={t("fields.severity")} options={SEVERITIES.map((severity) => ({ value: severity, label: t(`severities.${severity}`) }))} defaultValue="MEDIUM" required />
      </div>
      <TextareaField name="description" label={t("fields.description")} rows={3} maxLength={2000} required />
      <CheckboxGroupField name="branchIds[]" legend={t("fields.branches")} hint={t("findings.branchesHint")} options={branches.map((branch) => ({ value: branch.id, label: branch.name }))} />
    </FormDialog>
  );
}

interface RaiseDialogProps {
  findingId: string;
  leaders: Choice[];
  verifiers: Choice[];
  plans: { id: string; title: string; year: number }[];
  today: string;
}

/** 生成整改事项: one item per branch of the finding, in one step. */
export function RaiseItemsDialog({ findingId, leaders, verifiers, plans, today }: RaiseDialogProps) {
  const t = useTranslations("supervision.findings");
  const tr = useTranslations("rectification");
  return (
    <FormDialog
      triggerLabel={t("raise")}
      triggerSize="sm"
      title={t("raiseTitle")}
      description={t("raiseDescription")}
      action={raiseRectificationFromFindingAction}
      schema={() => import("@/lib/supervision/schema").then((m) => m.raiseFromFindingSchema)}
      successMessage={t("raised")}
      submitLabel={t("raise")}
    >
      <input type="hidden" name="findingId" value={findingId} />
      <TextareaField name="measures" label={tr("fields.measures")} rows={3} maxLength={4000} required />
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <SelectField name="class" label={tr("fields.class")} options={RECTIFICATION_CLASSES.map((value) => ({ value, label: tr(`classes.${value}`) }))} placeholder="" defaultValue="" required />
        <DateField name="deadline" label={tr("fields.deadline")} defaultValue={today} required />
        <SelectField name="verifierId" label={tr("fields.verifier")} hint={tr("hints.verifier")} options={verifiers.map((user) => ({ value: user.id, label: user.name }))} placeholder="" defaultValue="" required />
        <SelectField name="responsibleLeaderId" label={tr("fields.responsibleLeader")} hint={t("leaderHint")} options={leaders.map((user) => ({ value: user.id, label: user.name }))} placeholder={t("defaultLeader")} defaultValue="" />
        <SelectField name="planId" label={tr("fields.plan")} options={plans.map((plan) => ({ value: plan.id, label: `${plan.year} ${plan.title}` }))} placeholder={tr("fields.noPlan")} defaultValue="" />
      </div>
    </FormDialog>
  );
}
