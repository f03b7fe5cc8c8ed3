"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextareaField, type Option } from "@/components/forms/fields";
import { FormDialog } from "@/components/forms/form-dialog";
import { updateBranchBusinessAction } from "@/lib/org/actions";

interface BranchBusinessDialogProps {
  branch: { id: string; version: number; departments: string[]; supervisingLeaderId: string | null };
  leaders: Option[];
}

export function BranchBusinessDialog({ branch, leaders }: BranchBusinessDialogProps) {
  const t = useTranslations("branches");
  return (
    <FormDialog
      triggerLabel={t("editBusiness")}
      triggerVariant="outline"
      title={t("editBusiness")}
      action={updateBranchBusinessAction}
      schema={() => import("@/lib/org/schema").then((m) => m.branchBusinessSchema)}
      successMessage={t("businessSaved")}
    >
      <input type="hidden" name="id" value={branch.id} />
      <input type="hidden" name="version" value={branch.version} />
      <TextareaField name="departments" label={t("departments")} hint={t("departmentsHint")} defaultValue={branch.departments.join("\n")} rows={3} />
      <SelectField name="supervisingLeaderId" label={t("supervisingLeader")} options={leaders} defaultValue={branch.supervisingLeaderId ?? ""} placeholder="" />
    </FormDialog>
  );
}
