"use client";

import { useTranslations } from "next-intl";
import { FormDialog } from "@/components/forms/form-dialog";
import { DateField, TextareaField } from "@/components/forms/fields";
import { acceptRectificationItemAction, addRectificationCheckInAction, returnRectificationItemAction, submitRectificationItemAction } from "@/lib/rectification/actions";

interface ItemWorkflowProps {
  id: string;
  version: number;
  today: string;
  can: { checkIn: boolean; submit: boolean; verify: boolean };
}

/**
 * What the user may do next with an item, each behind a dialog that asks first: the owner reports
 * progress and submits, the verifier accepts or returns with a reason.
 */
export function ItemWorkflow({ id, version, today, can }: ItemWorkflowProps) {
  const t = useTranslations("rectification.detail");
  const ids = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return (
    <div className="flex flex-wrap gap-2" data-testid="item-workflow">
      {can.checkIn ? (
        <FormDialog triggerLabel={t("addCheckIn")} triggerVariant="outline" title={t("addCheckIn")} action={addRectificationCheckInAction} schema={() => import("@/lib/rectification/schema").then((m) => m.checkInSchema)} successMessage={t("checkInAdded")}>
          <input type="hidden" name="itemId" value={id} />
          <DateField name="date" label={t("checkInDate")} defaultValue={today} required />
          <TextareaField name="progress" label={t("progress")} rows={4} maxLength={2000} required />
        </FormDialog>
      ) : null}
      {can.submit ? (
        <FormDialog triggerLabel={t("submit")} title={t("submitTitle")} description={t("submitDescription")} action={submitRectificationItemAction} schema={() => import("@/lib/rectification/schema").then((m) => m.transitionSchema)} successMessage={t("submitted")} submitLabel={t("submit")}>
          {ids}
          <TextareaField name="comment" label={t("comment")} rows={3} maxLength={1000} />
        </FormDialog>
      ) : null}
      {can.verify ? (
        <>
          <FormDialog triggerLabel={t("accept")} title={t("acceptTitle")} description={t("acceptDescription")} action={acceptRectificationItemAction} schema={() => import("@/lib/rectification/schema").then((m) => m.transitionSchema)} successMessage={t("accepted")} submitLabel={t("accept")}>
            {ids}
            <TextareaField name="comment" label={t("comment")} rows={3} maxLength={1000} />
          </FormDialog>
          <FormDialog triggerLabel={t("return")} triggerVariant="outline" title={t("returnTitle")} description={t("returnDescription")} action={returnRectificationItemAction} schema={() => import("@/lib/rectification/schema").then((m) => m.returnSchema)} successMessage={t("returned")} submitLabel={t("return")}>
            {ids}
            <TextareaField name="comment" label={t("returnReason")} rows={3} maxLength={1000} required />
          </FormDialog>
        </>
      ) : null}
    </div>
  );
}
