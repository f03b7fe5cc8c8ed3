"use client";

import { useTranslations } from "next-intl";
import { useFieldError } from "@/components/forms/action-form";

interface CampaignPickerProps {
  /** The form field; schemas read it with campaignIdsField() under the same name. */
  name?: string;
  campaigns: { id: string; name: string }[];
  defaultValue?: string[];
  label?: string;
}

/** Tags a record with campaigns inside an ActionForm: one checkbox per campaign, errors under the list. */
export function CampaignPicker({ name = "campaignIds[]", campaigns, defaultValue = [], label }: CampaignPickerProps) {
  const t = useTranslations("campaigns");
  const error = useFieldError(name);
  const errorId = `field-${name}-error`;
  return (
    <fieldset className="grid gap-2" aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-medium">{label ?? t("picker")}</legend>
      {campaigns.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("pickerEmpty")}</p>
      ) : (
        <div className="grid gap-2 sm:grid-cols-2">
          {campaigns.map((campaign) => (
            <label key={campaign.id} className="flex min-h-8 items-center gap-2 text-sm">
              <input type="checkbox" name={name} value={campaign.id} defaultChecked={defaultValue.includes(campaign.id)} className="size-4 accent-primary" />
              {campaign.name}
            </label>
          ))}
        </div>
      )}
      {error ? (
        <p id={errorId} className="text-sm text-destructive">
          {error.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
