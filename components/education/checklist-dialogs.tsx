"use client";

import { useTranslations } from "next-intl";
import { CampaignPicker } from "@/components/campaigns/campaign-picker";
import { DateField, TextField } from "@/components/forms/fields";
import { FormDialog } from "@/components/forms/form-dialog";
import { createBookAction, createStudyFormAction, updateBookAction, updateStudyFormAction } from "@/lib/checklist/actions";

interface StudyFormValues {
  id: string;
  version: number;
  year: number;
  name: string;
  sortOrder: number;
}

/** Adds a 学习形式 to a year's checklist, or (with `form`) renames or reorders one. */
export function StudyFormDialog({ year, form }: { year: number; form?: StudyFormValues }) {
  const t = useTranslations();
  return (
    <FormDialog
      triggerLabel={form ? t("common.edit") : t("checklist.formNew")}
      triggerVariant={form ? "ghost" : "outline"}
      triggerSize="sm"
      title={form ? `${t("checklist.formEdit")}：${form.name}` : t("checklist.formNew")}
      action={form ? updateStudyFormAction : createStudyFormAction}
      schema={() => import("@/lib/checklist/schema").then((m) => (form ? m.updateStudyFormSchema : m.createStudyFormSchema))}
      successMessage={t("checklist.formSaved")}
    >
      {form ? (
        <>
          <input type="hidden" name="id" value={form.id} />
          <input type="hidden" name="version" value={form.version} />
        </>
      ) : null}
      <input type="hidden" name="year" value={form?.year ?? year} />
      <TextField name="name" label={t("checklist.formName")} defaultValue={form?.name} required maxLength={60} />
      <TextField name="sortOrder" label={t("checklist.sortOrder")} hint={t("checklist.sortOrderHint")} type="number" inputMode="numeric" min={0} max={999} defaultValue={form?.sortOrder ?? 0} />
    </FormDialog>
  );
}

interface BookValues {
  id: string;
  version: number;
  date: string;
  title: string;
  copies: number;
  recipients: string;
  campaignIds: string[];
}

/** Records books or materials handed out, or (with `book`) corrects such a record. */
export function BookDialog({ today, campaigns, book }: { today: string; campaigns: { id: string; name: string }[]; book?: BookValues }) {
  const t = useTranslations();
  return (
    <FormDialog
      triggerLabel={book ? t("common.edit") : t("checklist.bookNew")}
      triggerVariant={book ? "outline" : "default"}
      triggerSize="sm"
      title={book ? t("checklist.bookEdit") : t("checklist.bookNew")}
      action={book ? updateBookAction : createBookAction}
      schema={() => import("@/lib/checklist/schema").then((m) => (book ? m.updateBookSchema : m.createBookSchema))}
      successMessage={t("checklist.bookSaved")}
    >
      {book ? (
        <>
          <input type="hidden" name="id" value={book.id} />
          <input type="hidden" name="version" value={book.version} />
        </>
      ) : null}
      <TextField name="title" label={t("checklist.bookTitle")} defaultValue={book?.title} required maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField name="date" label={t("checklist.date")} defaultValue={book?.date ?? today} required />
        <TextField name="copies" label={t("checklist.copies")} type="number" inputMode="numeric" min={1} defaultValue={book?.copies} required />
      </div>
      <TextField name="recipients" label={t("checklist.recipients")} defaultValue={book?.recipients} required maxLength={500} />
      <CampaignPicker campaigns={campaigns} defaultValue={book?.campaignIds} />
    </FormDialog>
  );
}
