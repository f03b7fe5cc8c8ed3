"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormDialog } from "@/components/forms/form-dialog";
import { DateField, TextareaField, TextField } from "@/components/forms/fields";
import { createDemocraticLifeMeetingAction, raisePlanFromMeetingAction, updateDemocraticLifeMeetingAction } from "@/lib/rectification/actions";

interface MeetingDialogProps {
  meeting?: { id: string; version: number; date: string; title: string; content: string | null };
  today: string;
}

/** 民主生活会: new from the list, edited from its page. */
export function DemocraticLifeDialog({ meeting, today }: MeetingDialogProps) {
  const t = useTranslations("supervision.democraticLife");
  const common = useTranslations("common");
  return (
    <FormDialog
      triggerLabel={meeting ? common("edit") : t("new")}
      triggerVariant={meeting ? "outline" : "default"}
      triggerSize={meeting ? "sm" : "default"}
      title={meeting ? t("edit") : t("new")}
      action={meeting ? updateDemocraticLifeMeetingAction : createDemocraticLifeMeetingAction}
      schema={() => import("@/lib/rectification/schema").then((m) => (meeting ? m.updateDemocraticLifeSchema : m.createDemocraticLifeSchema))}
      successMessage={meeting ? common("saved") : t("created")}
    >
      {meeting ? (
        <>
          <input type="hidden" name="id" value={meeting.id} />
          <input type="hidden" name="version" value={meeting.version} />
        </>
      ) : null}
      <TextField name="title" label={t("name")} defaultValue={meeting?.title} maxLength={200} required />
      <DateField name="date" label={t("date")} defaultValue={meeting?.date ?? today} required />
      <TextareaField name="content" label={t("content")} defaultValue={meeting?.content ?? undefined} rows={6} maxLength={5000} />
    </FormDialog>
  );
}

/** 生成整改方案 from the meeting; opens the new plan, where its items are added. */
export function RaisePlanDialog({ meetingId, defaultTitle }: { meetingId: string; defaultTitle: string }) {
  const t = useTranslations("supervision.democraticLife");
  const router = useRouter();
  return (
    <FormDialog
      triggerLabel={t("raisePlan")}
      triggerSize="sm"
      title={t("raisePlanTitle")}
      action={async (previous, formData) => {
        const result = await raisePlanFromMeetingAction(previous, formData);
        if (result.ok) router.push(`/management/rectification/plans/${String(result.data)}`);
        return result;
      }}
      schema={() => import("@/lib/rectification/schema").then((m) => m.raisePlanFromMeetingSchema)}
      successMessage={t("planCreated")}
    >
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextField name="title" label={t("planTitle")} defaultValue={defaultTitle} maxLength={200} required />
    </FormDialog>
  );
}
