"use client";

import { useTranslations } from "next-intl";
import { FormDialog } from "@/components/forms/form-dialog";
import { SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { createBranchEvaluationAction, updateBranchEvaluationAction } from "@/lib/supervision/actions";
import { EVALUATION_GRADES } from "@/lib/supervision/options";

interface EvaluationDialogProps {
  evaluation?: { id: string; version: number; orgUnitId: string; secretary: string | null; grade: string; score: number | null; feedback: string | null };
  year: number;
  branches: { id: string; name: string }[];
}

/** 年度评估 / 述职评议 of one branch: new from the list, edited from its row. */
export function EvaluationDialog({ evaluation, year, branches }: EvaluationDialogProps) {
  const t = useTranslations("supervision.evaluations");
  const common = useTranslations("common");
  return (
    <FormDialog
      triggerLabel={evaluation ? common("edit") : t("new")}
      triggerVariant={evaluation ? "ghost" : "default"}
      triggerSize={evaluation ? "sm" : "default"}
      title={evaluation ? t("edit") : t("new")}
      action={evaluation ? updateBranchEvaluationAction : createBranchEvaluationAction}
      schema={() => import("@/lib/supervision/schema").then((m) => (evaluation ? m.updateEvaluationSchema : m.createEvaluationSchema))}
      successMessage={evaluation ? common("saved") : t("created")}
    >
      {evaluation ? (
        <>
          <input type="hidden" name="id" value={evaluation.id} />
          <input type="hidden" name="version" value={evaluation.version} />
        </>
      ) : null}
      <input type="hidden" name="year" value={year} />
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <SelectField name="orgUnitId" label={t("branch")} options={branches.map((branch) => ({ value: branch.id, label: branch.name }))} placeholder="" defaultValue={evaluation?.orgUnitId ?? ""} required />
        <TextField name="secretary" label={t("secretary")} defaultValue={evaluation?.secretary ?? undefined} maxLength={60} />
        <SelectField name="grade" label={t("grade")} options={EVALUATION_GRADES.map((grade) => ({ value: grade, label: t(`grades.${grade}`) }))} placeholder="" defaultValue={evaluation?.grade ?? ""} required />
        <TextField name="score" label={t("score")} type="number" inputMode="numeric" min={0} max={100} defaultValue={evaluation?.score ?? undefined} />
      </div>
      <TextareaField name="feedback" label={t("feedback")} defaultValue={evaluation?.feedback ?? undefined} rows={4} maxLength={4000} />
    </FormDialog>
  );
}
