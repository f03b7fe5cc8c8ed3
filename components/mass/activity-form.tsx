"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CampaignPicker } from "@/components/campaigns/campaign-picker";
import { Button } from "@/components/ui/button";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { DateField, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { BranchField } from "@/components/integrity/branch-field";
import { createMassActivityAction, updateMassActivityAction } from "@/lib/mass/actions";
import { MASS_ACTIVITY_KINDS, massKindFields, SUGGESTED_FESTIVALS, VILLAGE_SERVICES, type MassActivityKindName } from "@/lib/mass/options";
import { CheckboxGroupField } from "@/components/forms/checkbox-group";

export interface MassActivityValues {
  id: string;
  version: number;
  kind: MassActivityKindName;
  organizationId: string | null;
  orgUnitId: string | null;
  date: string;
  title: string;
  organiser: string | null;
  participantCount: number;
  services: string[];
  peopleServed: number | null;
  festival: string | null;
  outcome: string | null;
  campaignIds: string[];
}

interface MassActivityFormProps {
  activity?: MassActivityValues;
  branches: { id: string; name: string }[];
  organizations: { id: string; name: string }[];
  campaigns: { id: string; name: string }[];
  writesOrgan: boolean;
  today: string;
}

const numberProps = { type: "number", inputMode: "numeric", min: 0, step: 1 } as const;
type LabelledField = "title" | "organiser" | "participantCount" | "outcome";

export function MassActivityForm({ activity, branches, organizations, campaigns, writesOrgan, today }: MassActivityFormProps) {
  const t = useTranslations("mass");
  const common = useTranslations("common");
  const router = useRouter();
  const [kind, setKind] = useState<MassActivityKindName | "">(activity?.kind ?? "");
  const needs = new Set<string>(kind ? massKindFields.fieldsOf(kind) : []);
  // Some kinds name the common fields their own way (a youth speech's "organiser" is the host of the outside event).
  const label = (field: LabelledField) => (kind && t.has(`labels.${kind}.${field}`) ? t(`labels.${kind}.${field}`) : t(`fields.${field}`));

  return (
    <ActionForm
      action={activity ? updateMassActivityAction : createMassActivityAction}
      schema={() => import("@/lib/mass/schema").then((m) => (activity ? m.updateMassActivitySchema : m.createMassActivitySchema))}
      successMessage={activity ? common("saved") : t("activities.created")}
      onSuccess={(id) => router.push(`/mass/activities/${String(id)}`)}
      className="grid max-w-3xl gap-5"
    >
      {activity ? (
        <>
          <input type="hidden" name="id" value={activity.id} />
          <input type="hidden" name="version" value={activity.version} />
        </>
      ) : null}
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={t("fields.kind")}
          options={MASS_ACTIVITY_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          placeholder=""
          value={kind}
          onChange={(event) => setKind(event.target.value as MassActivityKindName)}
          required
        />
        <DateField name="date" label={t("fields.date")} defaultValue={activity?.date ?? today} required />
        {writesOrgan ? (
          <SelectField
            name="orgUnitId"
            label={t("fields.level")}
            hint={t("hints.organLevel")}
            options={branches.map((branch) => ({ value: branch.id, label: branch.name }))}
            placeholder={t("fields.organLevel")}
            defaultValue={activity?.orgUnitId ?? ""}
          />
        ) : (
          <BranchField branches={branches} label={t("fields.level")} hint={t("hints.ownBranch")} />
        )}
        <SelectField
          name="organizationId"
          label={t("fields.organization")}
          options={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
          placeholder={common("none")}
          defaultValue={activity?.organizationId ?? ""}
        />
      </div>

      {kind ? (
        <>
          <TextField name="title" label={label("title")} defaultValue={activity?.title} required maxLength={120} />
          {needs.has("festival") ? (
            <>
              <TextField name="festival" label={t("fields.festival")} hint={t("hints.festival")} list="festival-suggestions" defaultValue={activity?.festival ?? undefined} required maxLength={20} className="sm:max-w-64" />
              <datalist id="festival-suggestions">
                {SUGGESTED_FESTIVALS.map((festival) => (
                  <option key={festival} value={festival} />
                ))}
              </datalist>
            </>
          ) : null}
          {needs.has("services") ? (
            <>
              <CheckboxGroupField
                name="services"
                legend={t("fields.services")}
                hint={t("hints.services")}
                required
                requiredLabel={common("required")}
                options={VILLAGE_SERVICES.map((service) => ({ value: service, label: t(`services.${service}`) }))}
                defaultValue={activity?.services}
              />
              <TextField name="peopleServed" label={t("fields.peopleServed")} defaultValue={activity?.peopleServed ?? undefined} required className="sm:max-w-48" {...numberProps} />
            </>
          ) : null}
          <div className="grid items-start gap-4 sm:grid-cols-2">
            <TextField name="organiser" label={label("organiser")} defaultValue={activity?.organiser ?? undefined} maxLength={100} />
            <TextField name="participantCount" label={label("participantCount")} defaultValue={activity?.participantCount || undefined} {...numberProps} />
          </div>
          <TextareaField name="outcome" label={label("outcome")} defaultValue={activity?.outcome ?? undefined} rows={4} maxLength={5000} />
          <CampaignPicker campaigns={campaigns} defaultValue={activity?.campaignIds} />
        </>
      ) : null}

      <div className="flex flex-wrap gap-2">
        <SubmitButton>{common("save")}</SubmitButton>
        <Button asChild variant="outline">
          <Link href={activity ? `/mass/activities/${activity.id}` : "/mass/activities"}>{common("cancel")}</Link>
        </Button>
      </div>
    </ActionForm>
  );
}
