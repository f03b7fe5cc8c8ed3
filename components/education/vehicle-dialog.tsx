"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { FormDialog } from "@/components/forms/form-dialog";
import { createVehicleAction, updateVehicleAction } from "@/lib/activities/actions";

interface VehicleValues {
  id: string;
  version: number;
  year: number;
  name: string;
  description: string | null;
  campaignId: string | null;
  sortOrder: number;
}

/** Adds an activity vehicle (活动载体) for a year, or (with `vehicle`) edits one. The Party office's. */
export function VehicleDialog({ year, campaigns, vehicle }: { year: number; campaigns: { id: string; name: string }[]; vehicle?: VehicleValues }) {
  const t = useTranslations();
  return (
    <FormDialog
      triggerLabel={vehicle ? t("common.edit") : t("activities.vehicleNew")}
      triggerVariant={vehicle ? "outline" : "default"}
      triggerSize="sm"
      title={vehicle ? `${t("activities.vehicleEdit")}：${vehicle.name}` : t("activities.vehicleNew")}
      action={vehicle ? updateVehicleAction : createVehicleAction}
      schema={() => import("@/lib/activities/schema").then((m) => (vehicle ? m.updateVehicleSchema : m.createVehicleSchema))}
      successMessage={t("activities.vehicleSaved")}
    >
      {vehicle ? (
        <>
          <input type="hidden" name="id" value={vehicle.id} />
          <input type="hidden" name="version" value={vehicle.version} />
        </>
      ) : null}
      <input type="hidden" name="year" value={vehicle?.year ?? year} />
      <TextField name="name" label={t("activities.vehicleName")} defaultValue={vehicle?.name} required maxLength={100} />
      <SelectField
        name="campaignId"
        label={t("activities.campaign")}
        defaultValue={vehicle?.campaignId ?? ""}
        options={[{ value: "", label: t("activities.noCampaign") }, ...campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }))]}
      />
      <TextareaField name="description" label={t("activities.vehicleDescription")} defaultValue={vehicle?.description ?? undefined} maxLength={1000} rows={3} />
      <TextField name="sortOrder" label={t("checklist.sortOrder")} hint={t("checklist.sortOrderHint")} type="number" inputMode="numeric" min={0} max={999} defaultValue={vehicle?.sortOrder ?? 0} />
    </FormDialog>
  );
}
