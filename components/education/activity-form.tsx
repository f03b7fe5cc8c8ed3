"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CampaignPicker } from "@/components/campaigns/campaign-picker";
import { ActionForm, SubmitButton, useFieldError } from "@/components/forms/action-form";
import { DateField, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { FormField, fieldProps } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { createActivityAction, updateActivityAction } from "@/lib/activities/actions";
import { ACTIVITY_KINDS } from "@/lib/activities/options";

export interface ActivityValues {
  id: string;
  version: number;
  orgUnitId: string | null;
  vehicleId: string | null;
  kind: string;
  date: string;
  title: string;
  organiser: string | null;
  participantCount: number;
  entryCount: number;
  outcome: string | null;
  campaignIds: string[];
}

interface ActivityFormProps {
  /** Branches the user records for; `organLevel` adds the Party group's own (Party office only). */
  branches: { id: string; name: string }[];
  organLevel: boolean;
  /** Vehicles by year, latest year first. */
  vehicles: { year: number; items: { id: string; name: string }[] }[];
  campaigns: { id: string; name: string }[];
  today: string;
  activity?: ActivityValues;
  defaultVehicleId?: string;
  cancelHref: string;
}

/** The vehicle picker, grouped by year so last year's vehicles do not crowd this year's. */
function VehicleSelect({ vehicles, defaultValue }: { vehicles: ActivityFormProps["vehicles"]; defaultValue: string }) {
  const t = useTranslations();
  const error = useFieldError("vehicleId");
  return (
    <FormField label={t("activities.vehicle")} htmlFor="field-vehicleId" error={error}>
      <NativeSelect {...fieldProps("field-vehicleId", error, { name: "vehicleId" })} defaultValue={defaultValue}>
        <option value="">{t("activities.noVehicle")}</option>
        {vehicles.map((group) => (
          <optgroup key={group.year} label={String(group.year)}>
            {group.items.map((vehicle) => (
              <option key={vehicle.id} value={vehicle.id}>
                {vehicle.name}
              </option>
            ))}
          </optgroup>
        ))}
      </NativeSelect>
    </FormField>
  );
}

export function ActivityForm({ branches, organLevel, vehicles, campaigns, today, activity, defaultVehicleId, cancelHref }: ActivityFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const units = [...(organLevel ? [{ value: "", label: t("activities.organLevel") }] : []), ...branches.map((branch) => ({ value: branch.id, label: branch.name }))];
  return (
    <ActionForm
      action={activity ? updateActivityAction : createActivityAction}
      schema={() => import("@/lib/activities/schema").then((m) => (activity ? m.updateActivitySchema : m.createActivitySchema))}
      successMessage={activity ? t("common.saved") : t("activities.created")}
      onSuccess={(data) => {
        router.push(`/education/activities/${(data as { id: string }).id}`);
        router.refresh();
      }}
      className="grid gap-6"
    >
      {activity ? (
        <>
          <input type="hidden" name="id" value={activity.id} />
          <input type="hidden" name="version" value={activity.version} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {units.length > 1 ? (
          <SelectField name="orgUnitId" label={t("activities.branch")} defaultValue={activity ? (activity.orgUnitId ?? "") : units[0].value} options={units} />
        ) : (
          <input type="hidden" name="orgUnitId" value={units[0]?.value ?? ""} />
        )}
        <VehicleSelect vehicles={vehicles} defaultValue={activity?.vehicleId ?? defaultVehicleId ?? ""} />
        <SelectField
          name="kind"
          label={t("activities.kind")}
          defaultValue={activity?.kind ?? ""}
          placeholder=""
          options={ACTIVITY_KINDS.map((value) => ({ value, label: t(`activities.kinds.${value}`) }))}
          required
        />
        <DateField name="date" label={t("activities.date")} defaultValue={activity?.date ?? today} required />
        <TextField name="title" label={t("activities.activityTitle")} defaultValue={activity?.title} required maxLength={200} className="sm:col-span-2" />
        <TextField name="organiser" label={t("activities.organiser")} defaultValue={activity?.organiser ?? undefined} maxLength={100} />
        <TextField name="participantCount" label={t("activities.participants")} type="number" inputMode="numeric" min={0} defaultValue={activity?.participantCount ?? ""} />
        <TextField
          name="entryCount"
          label={t("activities.entries")}
          hint={t("activities.entriesHint")}
          type="number"
          inputMode="numeric"
          min={0}
          defaultValue={activity?.entryCount ?? ""}
        />
        <TextareaField name="outcome" label={t("activities.outcome")} defaultValue={activity?.outcome ?? undefined} maxLength={5000} className="sm:col-span-2" />
      </div>
      <CampaignPicker campaigns={campaigns} defaultValue={activity?.campaignIds} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{t("common.save")}</SubmitButton>
        <Button type="button" variant="outline" onClick={() => router.push(cancelHref)}>
          {t("common.cancel")}
        </Button>
      </div>
    </ActionForm>
  );
}
