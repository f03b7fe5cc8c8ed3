"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CampaignPicker } from "@/components/campaigns/campaign-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { DateField, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { createIntegrityActivityAction, updateIntegrityActivityAction } from "@/lib/integrity/actions";
import { CULTURE_FORMS, INTEGRITY_KINDS, integrityKindFields, LETTER_LEVELS, ORGANISER_LEVELS, PROTECTED_TALK_TYPES, TALK_TYPES, WARNING_FORMS, type IntegrityKindName, type OrganiserLevelName } from "@/lib/integrity/options";
import { BranchField } from "./branch-field";

/** An activity as the edit form receives it (dates as YYYY-MM-DD). */
export interface ActivityValues {
  id: string;
  version: number;
  kind: IntegrityKindName;
  organiserLevel: OrganiserLevelName;
  orgUnitId: string | null;
  date: string;
  title: string;
  content: string | null;
  participantCount: number;
  talkType: string | null;
  talker: string | null;
  talkee: string | null;
  letterLevel: string | null;
  lettersSigned: number | null;
  cultureForm: string | null;
  warningForm: string | null;
  peopleReached: number | null;
  campaignIds: string[];
}

interface ActivityFormProps {
  activity?: ActivityValues;
  branches: { id: string; name: string }[];
  campaigns: { id: string; name: string }[];
  /** The Party office: may record at organ level (党组, 机关纪委). A secretary records for their branch only. */
  writesOrgan: boolean;
  today: string;
}

const numberProps = { type: "number", inputMode: "numeric", min: 0, step: 1 } as const;

/** One form for every kind of integrity activity: the fields follow the chosen kind. */
export function ActivityForm({ activity, branches, campaigns, writesOrgan, today }: ActivityFormProps) {
  const t = useTranslations("integrity");
  const common = useTranslations("common");
  const router = useRouter();
  const [kind, setKind] = useState<IntegrityKindName | "">(activity?.kind ?? "");
  const [level, setLevel] = useState<OrganiserLevelName>(activity?.organiserLevel ?? (writesOrgan ? "PARTY_GROUP" : "BRANCH"));
  const [talkType, setTalkType] = useState(activity?.talkType ?? "");
  const needs = new Set<string>(kind ? integrityKindFields.fieldsOf(kind) : []);
  const isProtectedTalk = kind === "TALK" && (PROTECTED_TALK_TYPES as readonly string[]).includes(talkType);
  const options = (values: readonly string[], group: string) => values.map((value) => ({ value, label: t(`${group}.${value}`) }));

  return (
    <ActionForm
      action={activity ? updateIntegrityActivityAction : createIntegrityActivityAction}
      schema={() => import("@/lib/integrity/schema").then((m) => (activity ? m.updateIntegrityActivitySchema : m.createIntegrityActivitySchema))}
      successMessage={activity ? common("saved") : t("activities.created")}
      onSuccess={(id) => router.push(`/integrity/activities/${String(id)}`)}
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
          options={options(INTEGRITY_KINDS, "kinds")}
          placeholder=""
          value={kind}
          onChange={(event) => setKind(event.target.value as IntegrityKindName)}
          required
        />
        <DateField name="date" label={t("fields.date")} defaultValue={activity?.date ?? today} required />
        {writesOrgan ? (
          <SelectField
            name="organiserLevel"
            label={t("fields.organiserLevel")}
            options={options(ORGANISER_LEVELS, "levels")}
            value={level}
            onChange={(event) => setLevel(event.target.value as OrganiserLevelName)}
            required
          />
        ) : (
          <input type="hidden" name="organiserLevel" value="BRANCH" />
        )}
        {level === "BRANCH" ? (
          <BranchField branches={branches} defaultValue={activity?.orgUnitId ?? undefined} label={t("fields.branch")} hint={writesOrgan ? undefined : t("hints.ownBranch")} />
        ) : null}
      </div>

      {kind ? (
        <>
          <TextField
            name="title"
            label={t(`titleLabels.${kind}`)}
            hint={kind === "TALK" ? t("hints.talkTitle") : undefined}
            defaultValue={activity?.title}
            required
            maxLength={120}
          />

          {needs.has("talkType") ? (
            <div className="grid items-start gap-4 sm:grid-cols-2">
              <SelectField
                name="talkType"
                label={t("fields.talkType")}
                options={options(TALK_TYPES, "talkTypes")}
                placeholder=""
                value={talkType}
                onChange={(event) => setTalkType(event.target.value)}
                required
              />
              <TextField name="talker" label={t("fields.talker")} hint={t("hints.talker")} defaultValue={activity?.talker ?? undefined} required maxLength={60} />
              <TextField
                name="talkee"
                label={t("fields.talkee")}
                hint={t("hints.talkee")}
                defaultValue={activity?.talkee ?? undefined}
                required
                maxLength={200}
                className="sm:col-span-2"
              />
              {isProtectedTalk ? (
                <Alert variant="info" className="sm:col-span-2">
                  {level === "BRANCH" ? t("hints.protectedBranch") : t("hints.protectedOrgan")}
                </Alert>
              ) : null}
            </div>
          ) : null}

          {needs.has("letterLevel") ? (
            <div className="grid items-start gap-4 sm:grid-cols-2">
              <SelectField
                name="letterLevel"
                label={t("fields.letterLevel")}
                options={options(LETTER_LEVELS, "letterLevels")}
                placeholder=""
                defaultValue={activity?.letterLevel ?? ""}
                required
              />
              <TextField
                name="lettersSigned"
                label={t("fields.lettersSigned")}
                hint={t("hints.lettersSigned")}
                defaultValue={activity?.lettersSigned ?? undefined}
                required
                {...numberProps}
                min={1}
              />
            </div>
          ) : null}

          {needs.has("cultureForm") ? (
            <SelectField name="cultureForm" label={t("fields.cultureForm")} options={options(CULTURE_FORMS, "cultureForms")} placeholder="" defaultValue={activity?.cultureForm ?? ""} required />
          ) : null}

          {needs.has("warningForm") ? (
            <div className="grid items-start gap-4 sm:grid-cols-2">
              <SelectField name="warningForm" label={t("fields.warningForm")} options={options(WARNING_FORMS, "warningForms")} placeholder="" defaultValue={activity?.warningForm ?? ""} required />
              <TextField name="peopleReached" label={t("fields.peopleReached")} hint={t("hints.peopleReached")} defaultValue={activity?.peopleReached ?? undefined} required {...numberProps} />
            </div>
          ) : null}

          <TextField name="participantCount" label={t("fields.participantCount")} defaultValue={activity?.participantCount || undefined} className="sm:max-w-48" {...numberProps} />
          <TextareaField name="content" label={t("fields.content")} defaultValue={activity?.content ?? undefined} rows={5} maxLength={5000} />
          <CampaignPicker campaigns={campaigns} defaultValue={activity?.campaignIds} />
        </>
      ) : null}

      <div className="flex flex-wrap gap-2">
        <SubmitButton>{common("save")}</SubmitButton>
        <Button asChild variant="outline">
          <Link href={activity ? `/integrity/activities/${activity.id}` : "/integrity/activities"}>{common("cancel")}</Link>
        </Button>
      </div>
    </ActionForm>
  );
}
