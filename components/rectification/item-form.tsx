"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { DateField, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { BranchField } from "@/components/integrity/branch-field";
import { Button } from "@/components/ui/button";
import { createRectificationItemAction, updateRectificationItemAction } from "@/lib/rectification/actions";
import { RECTIFICATION_CLASSES, RECTIFICATION_SOURCES } from "@/lib/rectification/options";

export interface ItemValues {
  id: string;
  version: number;
  planId: string | null;
  source: string;
  problem: string;
  measures: string;
  class: string;
  responsibleLeaderId: string | null;
  orgUnitId: string | null;
  department: string | null;
  ownerId: string;
  verifierId: string;
  deadline: string;
}

type Choice = { id: string; name: string };

interface ItemFormProps {
  item?: ItemValues;
  /** Prefills of a new item (from a plan's page: its plan). */
  defaults?: Partial<ItemValues>;
  branches: Choice[];
  leaders: Choice[];
  owners: Choice[];
  verifiers: Choice[];
  plans: { id: string; title: string; year: number }[];
  writesOrgan: boolean;
  today: string;
}

const options = (choices: Choice[]) => choices.map((choice) => ({ value: choice.id, label: choice.name }));

export function ItemForm({ item, defaults, branches, leaders, owners, verifiers, plans, writesOrgan, today }: ItemFormProps) {
  const t = useTranslations("rectification");
  const common = useTranslations("common");
  const router = useRouter();
  const values = { ...defaults, ...item };
  return (
    <ActionForm
      action={item ? updateRectificationItemAction : createRectificationItemAction}
      schema={() => import("@/lib/rectification/schema").then((m) => (item ? m.updateRectificationItemSchema : m.createRectificationItemSchema))}
      successMessage={item ? common("saved") : t("created")}
      onSuccess={(id) => router.push(`/management/rectification/${String(id)}`)}
      className="grid max-w-3xl gap-5"
    >
      {item ? (
        <>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
        </>
      ) : null}
      <TextareaField name="problem" label={t("fields.problem")} defaultValue={values.problem} rows={3} maxLength={1000} required />
      <TextareaField name="measures" label={t("fields.measures")} defaultValue={values.measures} rows={4} maxLength={4000} required />
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <SelectField name="source" label={t("fields.source")} options={RECTIFICATION_SOURCES.map((source) => ({ value: source, label: t(`sources.${source}`) }))} placeholder="" defaultValue={values.source ?? ""} required />
        <SelectField
          name="planId"
          label={t("fields.plan")}
          hint={t("hints.plan")}
          options={plans.map((plan) => ({ value: plan.id, label: `${plan.year} ${plan.title}` }))}
          placeholder={t("fields.noPlan")}
          defaultValue={values.planId ?? ""}
        />
        <SelectField name="class" label={t("fields.class")} options={RECTIFICATION_CLASSES.map((value) => ({ value, label: t(`classes.${value}`) }))} placeholder="" defaultValue={values.class ?? ""} required />
        <DateField name="deadline" label={t("fields.deadline")} defaultValue={values.deadline ?? today} required />
        {writesOrgan ? (
          <SelectField name="orgUnitId" label={t("fields.branch")} options={options(branches)} placeholder={t("fields.noBranch")} defaultValue={values.orgUnitId ?? ""} />
        ) : (
          <BranchField branches={branches} label={t("fields.branch")} defaultValue={values.orgUnitId ?? undefined} />
        )}
        <TextField name="department" label={t("fields.department")} defaultValue={values.department ?? undefined} maxLength={100} />
        <SelectField name="responsibleLeaderId" label={t("fields.responsibleLeader")} options={options(leaders)} placeholder="" defaultValue={values.responsibleLeaderId ?? ""} required />
        <SelectField name="ownerId" label={t("fields.owner")} hint={t("hints.owner")} options={options(owners)} placeholder="" defaultValue={values.ownerId ?? ""} required />
        <SelectField name="verifierId" label={t("fields.verifier")} hint={t("hints.verifier")} options={options(verifiers)} placeholder="" defaultValue={values.verifierId ?? ""} required />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{common("save")}</SubmitButton>
        <Button asChild variant="outline">
          <Link href={item ? `/management/rectification/${item.id}` : "/management/rectification"}>{common("cancel")}</Link>
        </Button>
      </div>
    </ActionForm>
  );
}
