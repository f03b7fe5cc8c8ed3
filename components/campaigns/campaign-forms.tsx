"use client";

import { useTranslations } from "next-intl";
import { DateField, TextareaField, TextField } from "@/components/forms/fields";
import { FormDialog } from "@/components/forms/form-dialog";
import { createCampaignAction, updateCampaignAction } from "@/lib/campaigns/actions";

export interface CampaignValues {
  id: string;
  version: number;
  name: string;
  description: string | null;
  startDate: string;
  endDate: string | null;
}

function CampaignFields({ campaign }: { campaign?: CampaignValues }) {
  const t = useTranslations("campaigns");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="name" label={t("name")} defaultValue={campaign?.name} required maxLength={100} className="sm:col-span-2" />
      <DateField name="startDate" label={t("startDate")} defaultValue={campaign?.startDate} required />
      <DateField name="endDate" label={t("endDate")} defaultValue={campaign?.endDate ?? undefined} hint={t("endDateHint")} />
      <TextareaField name="description" label={t("description")} defaultValue={campaign?.description ?? undefined} maxLength={2000} rows={4} className="sm:col-span-2" />
    </div>
  );
}

export function CreateCampaignDialog() {
  const t = useTranslations("campaigns");
  return (
    <FormDialog triggerLabel={t("create")} title={t("create")} action={createCampaignAction} schema={() => import("@/lib/campaigns/schema").then((m) => m.createCampaignSchema)} successMessage={t("created")}>
      <CampaignFields />
    </FormDialog>
  );
}

export function EditCampaignDialog({ campaign }: { campaign: CampaignValues }) {
  const t = useTranslations();
  return (
    <FormDialog
      triggerLabel={t("common.edit")}
      triggerVariant="outline"
      triggerSize="sm"
      title={`${t("campaigns.edit")}：${campaign.name}`}
      action={updateCampaignAction}
      schema={() => import("@/lib/campaigns/schema").then((m) => m.updateCampaignSchema)}
      successMessage={t("common.saved")}
    >
      <input type="hidden" name="id" value={campaign.id} />
      <input type="hidden" name="version" value={campaign.version} />
      <CampaignFields campaign={campaign} />
    </FormDialog>
  );
}
