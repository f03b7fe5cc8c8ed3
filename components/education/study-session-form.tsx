"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { DateField, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { MemberNameInput, MemberPicker, type PickedMember } from "@/components/forms/member-picker";
import { CampaignPicker } from "@/components/campaigns/campaign-picker";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { createStudySessionAction, updateStudySessionAction } from "@/lib/study/actions";
import { KINDS_BY_LEVEL, NON_VOTING_TAGS, SPEAKER_TAGS, type StudyKindName, type StudyLevelName } from "@/lib/study/options";
import { EntryRows } from "./entry-rows";

export interface StudySessionValues {
  id: string;
  version: number;
  level: StudyLevelName;
  orgUnitId: string | null;
  kind: StudyKindName;
  date: string;
  durationMinutes: number | null;
  place: string | null;
  topic: string;
  content: string | null;
  outsideAttendeeCount: number;
  attendees: PickedMember[];
  nonVoting: { memberId: string | null; name: string; tag: string }[];
  speeches: { memberId: string | null; speakerName: string; topic: string | null; tag: string }[];
  campaignIds: string[];
}

interface StudySessionFormProps {
  /** Levels the user may record: the Party office both, a secretary only their branch. */
  levels: StudyLevelName[];
  branches: { id: string; name: string }[];
  campaigns: { id: string; name: string }[];
  today: string;
  session?: StudySessionValues;
  cancelHref: string;
}

interface SpeechRow {
  memberId: string | null;
  name: string;
  topic: string;
  tag: string;
}

interface NonVotingRow {
  memberId: string | null;
  name: string;
  tag: string;
}

export function StudySessionForm({ levels, branches, campaigns, today, session, cancelHref }: StudySessionFormProps) {
  const t = useTranslations("study");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [level, setLevel] = useState<StudyLevelName>(session?.level ?? levels[0]);
  const [branchId, setBranchId] = useState(session?.orgUnitId ?? branches[0]?.id ?? "");
  const [kind, setKind] = useState<StudyKindName | "">(session?.kind ?? (level === "PARTY_GROUP" ? "CENTRAL_GROUP" : "BRANCH_STUDY"));
  const [date, setDate] = useState(session?.date ?? today);
  const kinds = KINDS_BY_LEVEL[level];
  const branch = branches.find((option) => option.id === branchId);

  return (
    <ActionForm
      action={session ? updateStudySessionAction : createStudySessionAction}
      schema={() => import("@/lib/study/schema").then((m) => (session ? m.updateStudySessionSchema : m.createStudySessionSchema))}
      successMessage={session ? tCommon("saved") : t("created")}
      onSuccess={(data) => {
        router.push(`/education/study/${(data as { id: string }).id}`);
        router.refresh();
      }}
      className="grid gap-6"
    >
      {session ? (
        <>
          <input type="hidden" name="id" value={session.id} />
          <input type="hidden" name="version" value={session.version} />
        </>
      ) : null}
      <section className="grid gap-4 sm:grid-cols-2">
        {levels.length > 1 ? (
          <SelectField
            name="level"
            label={t("level")}
            value={level}
            onChange={(event) => {
              const next = event.target.value as StudyLevelName;
              setLevel(next);
              if (kind && !KINDS_BY_LEVEL[next].includes(kind)) setKind("");
            }}
            options={levels.map((value) => ({ value, label: t(`levels.${value}`) }))}
            required
          />
        ) : (
          <input type="hidden" name="level" value={level} />
        )}
        {level === "BRANCH" ? (
          <SelectField
            name="orgUnitId"
            label={t("branch")}
            value={branchId}
            onChange={(event) => setBranchId(event.target.value)}
            options={branches.map((option) => ({ value: option.id, label: option.name }))}
            required
          />
        ) : null}
        <SelectField
          name="kind"
          label={t("kind")}
          value={kind}
          onChange={(event) => setKind(event.target.value as StudyKindName)}
          placeholder=""
          options={kinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          required
        />
        <DateField name="date" label={t("date")} value={date} onChange={(event) => setDate(event.target.value)} required />
        <TextField name="topic" label={t("topic")} defaultValue={session?.topic} required maxLength={200} className="sm:col-span-2" />
        <TextField name="place" label={t("place")} defaultValue={session?.place ?? undefined} maxLength={100} />
        <TextField
          name="durationMinutes"
          label={t("duration")}
          type="number"
          inputMode="numeric"
          min={1}
          max={1440}
          defaultValue={session?.durationMinutes ?? undefined}
        />
        <TextareaField
          name="content"
          label={t("content")}
          hint={t("contentHint")}
          defaultValue={session?.content ?? undefined}
          maxLength={5000}
          className="sm:col-span-2"
        />
      </section>

      <section className="grid gap-4">
        <MemberPicker
          name="attendeeIds"
          label={t("attendees")}
          hint={t("attendeesHint")}
          defaultValue={session?.attendees}
          presets={level === "BRANCH" && branch ? [{ label: t("wholeBranch"), unitId: branch.id, date }] : []}
        />
        <TextField
          name="outsideAttendeeCount"
          label={t("outsideAttendees")}
          hint={t("outsideAttendeesHint")}
          type="number"
          inputMode="numeric"
          min={0}
          defaultValue={session?.outsideAttendeeCount ?? 0}
          className="sm:max-w-xs"
        />
      </section>

      <EntryRows<NonVotingRow>
        name="nonVoting"
        legend={t("nonVoting")}
        addLabel={t("nonVotingAdd")}
        initial={session?.nonVoting ?? []}
        blank={() => ({ memberId: null, name: "", tag: "YOUTH_REP" })}
        renderRow={(row, update, label) => (
          <>
            <MemberNameInput label={`${label} ${t("person")}`} value={row} onChange={(person) => update(person)} className="sm:col-span-2" />
            <NativeSelect aria-label={`${label} ${t("tag")}`} value={row.tag} onChange={(event) => update({ tag: event.target.value })}>
              {NON_VOTING_TAGS.map((tag) => (
                <option key={tag} value={tag}>
                  {t(`nonVotingTags.${tag}`)}
                </option>
              ))}
            </NativeSelect>
          </>
        )}
      />

      <EntryRows<SpeechRow>
        name="speeches"
        legend={t("speeches")}
        addLabel={t("speechAdd")}
        initial={(session?.speeches ?? []).map((speech) => ({ memberId: speech.memberId, name: speech.speakerName, topic: speech.topic ?? "", tag: speech.tag }))}
        blank={() => ({ memberId: null, name: "", topic: "", tag: "LEADERSHIP" })}
        serialize={(row) => ({ memberId: row.memberId, speakerName: row.name, topic: row.topic, tag: row.tag })}
        renderRow={(row, update, label) => (
          <>
            <MemberNameInput label={`${label} ${t("speaker")}`} value={row} onChange={(person) => update(person)} />
            <NativeSelect aria-label={`${label} ${t("speakerTag")}`} value={row.tag} onChange={(event) => update({ tag: event.target.value })}>
              {SPEAKER_TAGS.map((tag) => (
                <option key={tag} value={tag}>
                  {t(`speakerTags.${tag}`)}
                </option>
              ))}
            </NativeSelect>
            <Input aria-label={`${label} ${t("speechTopic")}`} placeholder={t("speechTopic")} value={row.topic} maxLength={200} onChange={(event) => update({ topic: event.target.value })} />
          </>
        )}
      />

      <CampaignPicker campaigns={campaigns} defaultValue={session?.campaignIds} />

      <div className="flex flex-wrap gap-2">
        <SubmitButton>{tCommon("save")}</SubmitButton>
        <Button type="button" variant="outline" onClick={() => router.push(cancelHref)}>
          {tCommon("cancel")}
        </Button>
      </div>
    </ActionForm>
  );
}
