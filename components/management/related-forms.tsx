"use client";

import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { useFieldError } from "@/components/forms/action-form";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { CheckboxField, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { FormDialog } from "@/components/forms/form-dialog";
import { FormField } from "@/components/ui/form-field";
import { ATTACHMENT_ACCEPT } from "@/lib/attachments/rules";
import { addAgendaItemAction, assessBranchAction, removeAgendaItemAction, submitDocumentAction } from "@/lib/management/actions";
import { AGENDA_TOPICS } from "@/lib/management/sections";

// The small forms of a management record's page (its related panel), in dialogs.

function FilesField({ label, hint }: { label: string; hint: string }) {
  const error = useFieldError("files");
  return (
    <FormField label={label} htmlFor="field-files" error={error} hint={hint} required>
      <input id="field-files" type="file" name="files" multiple accept={ATTACHMENT_ACCEPT} className="block w-full text-sm file:mr-3 file:rounded-md file:border file:bg-secondary file:px-3 file:py-1.5" />
    </FormField>
  );
}

/** A branch submits its document for a request (报送), with its files in the same step. */
export function SubmitDocumentDialog({ requestId, orgUnitId, branchName, again }: { requestId: string; orgUnitId: string; branchName: string; again: boolean }) {
  const t = useTranslations("management.tracker");
  return (
    <FormDialog
      triggerLabel={again ? t("addFiles") : t("submit")}
      triggerVariant={again ? "outline" : "default"}
      triggerSize="sm"
      title={t("submitTitle", { branch: branchName })}
      action={submitDocumentAction}
      schema={() => import("@/lib/management/schema").then((m) => m.submitDocumentSchema)}
      successMessage={t("submitted")}
      submitLabel={t("submit")}
    >
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="orgUnitId" value={orgUnitId} />
      <FilesField label={t("files")} hint={t("filesHint")} />
      <TextareaField name="note" label={t("note")} rows={2} maxLength={1000} />
    </FormDialog>
  );
}

/** The Party office assesses a branch against a standard of 支部标准化建设. */
export function AssessDialog({ standardId, branches, maxScore }: { standardId: string; branches: { id: string; name: string }[]; maxScore: number }) {
  const t = useTranslations("management.assessments");
  return (
    <FormDialog triggerLabel={t("assess")} triggerSize="sm" title={t("assess")} action={assessBranchAction} schema={() => import("@/lib/management/schema").then((m) => m.assessBranchSchema)} successMessage={t("saved")}>
      <input type="hidden" name="standardId" value={standardId} />
      <SelectField name="orgUnitId" label={t("branch")} options={branches.map((branch) => ({ value: branch.id, label: branch.name }))} placeholder="" required />
      <TextField name="score" label={t("score")} hint={t("scoreHint", { max: maxScore })} type="number" inputMode="numeric" min={0} required />
      <CheckboxField name="met" label={t("met")} defaultChecked />
      <TextareaField name="note" label={t("note")} rows={2} maxLength={1000} />
    </FormDialog>
  );
}

export function AgendaItemDialog({ meetingId }: { meetingId: string }) {
  const t = useTranslations("management.agenda");
  const topics = useTranslations("management.enums.agendaTopic");
  return (
    <FormDialog triggerLabel={t("add")} triggerSize="sm" title={t("add")} action={addAgendaItemAction} schema={() => import("@/lib/management/schema").then((m) => m.agendaItemSchema)} successMessage={t("added")}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <SelectField name="topic" label={t("topic")} options={AGENDA_TOPICS.map((topic) => ({ value: topic, label: topics(topic) }))} placeholder="" required />
      <TextField name="title" label={t("itemTitle")} required maxLength={200} />
      <TextareaField name="decision" label={t("decision")} rows={3} maxLength={2000} />
    </FormDialog>
  );
}

export function RemoveAgendaItemButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations("management.agenda");
  return (
    <ConfirmAction
      label={<Trash2 aria-label={t("remove")} />}
      title={t("remove")}
      description={t("removeConfirm", { title })}
      successMessage={t("removed")}
      destructive
      variant="ghost"
      action={removeAgendaItemAction}
      input={{ id }}
    />
  );
}
