"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton, useFieldError } from "@/components/forms/action-form";
import { CheckboxField, DateField, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { MemberNameInput, type NamedMember } from "@/components/forms/member-picker";
import { CampaignPicker } from "@/components/campaigns/campaign-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Spinner } from "@/components/ui/spinner";
import { createMeetingAction, updateMeetingAction } from "@/lib/org-life/actions";
import { ABSENCE_REASONS, LECTURER_TYPES, ORG_LIFE_KINDS, type AbsenceReasonName, type OrgLifeKindName } from "@/lib/org-life/options";
import type { BranchOption } from "@/lib/org/unit-options";
import { EntryRows } from "./entry-rows";

interface ExpectedMember {
  id: string | null;
  name: string;
}

export interface MeetingValues {
  id: string;
  version: number;
  orgUnitId: string;
  branchId: string;
  kind: OrgLifeKindName;
  date: string;
  topic: string;
  hostName: string | null;
  minutes: string | null;
  studiedBusiness: boolean;
  lecturerMemberId: string | null;
  lecturerName: string | null;
  lecturerType: string | null;
  /** The stored 应到 list, kept as on the day unless the unit, kind or date changes. */
  expected: ExpectedMember[];
  absentees: { memberId: string; reason: AbsenceReasonName; note: string | null }[];
  nonVoting: { memberId: string | null; name: string; note: string | null }[];
  campaignIds: string[];
}

interface MeetingFormProps {
  branches: BranchOption[];
  campaigns: { id: string; name: string }[];
  today: string;
  meeting?: MeetingValues;
  defaultBranchId?: string;
  cancelHref: string;
}

type Expected = { state: "idle" } | { state: "loading" } | { state: "ready"; members: ExpectedMember[]; refreshed: boolean } | { state: "error"; message: string };

/** "PRESENT", or the absence reason. */
type Presence = "PRESENT" | AbsenceReasonName;

/** Loads 应到 for the chosen unit, kind and date — or keeps the stored list while they are unchanged. */
function useExpected(unitId: string, kind: OrgLifeKindName | "", date: string, stored?: MeetingValues): Expected {
  const sameAsStored = Boolean(stored && stored.orgUnitId === unitId && stored.kind === kind && stored.date === date);
  const complete = Boolean(unitId && kind && /^\d{4}-\d{2}-\d{2}$/.test(date));
  const key = `${unitId}|${kind}|${date}`;
  // The answer is kept with the request it answers, so a stale one never shows for new choices.
  const [fetched, setFetched] = useState<{ key: string; result: Expected } | null>(null);
  useEffect(() => {
    if (sameAsStored || !complete) return;
    const controller = new AbortController();
    const [unit, chosenKind, chosenDate] = key.split("|");
    fetch(`/education/org-life/expected?${new URLSearchParams({ unit, kind: chosenKind, date: chosenDate })}`, { signal: controller.signal })
      .then((response) => response.json())
      .then((body: { ok: boolean; data?: ExpectedMember[]; error?: string }) =>
        setFetched({ key, result: body.ok && body.data ? { state: "ready", members: body.data, refreshed: Boolean(stored) } : { state: "error", message: body.error ?? "" } }),
      )
      .catch(() => {});
    return () => controller.abort();
  }, [key, sameAsStored, complete, stored]);
  if (sameAsStored && stored) return { state: "ready", members: stored.expected, refreshed: false };
  if (!complete) return { state: "idle" };
  return fetched?.key === key ? fetched.result : { state: "loading" };
}

function AttendanceList({ expected, presence, setPresence, notes, setNotes }: {
  expected: Expected;
  presence: Record<string, Presence>;
  setPresence: (memberId: string, value: Presence) => void;
  notes: Record<string, string>;
  setNotes: (memberId: string, value: string) => void;
}) {
  const t = useTranslations("orgLife");
  const error = useFieldError("absentees");
  if (expected.state === "idle") return <p className="text-sm text-muted-foreground">{t("chooseUnitFirst")}</p>;
  if (expected.state === "loading")
    return (
      <p className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
        <Spinner /> {t("loadingExpected")}
      </p>
    );
  if (expected.state === "error") return <Alert variant="error">{expected.message}</Alert>;
  const members = expected.members;
  const present = members.filter((member) => !member.id || (presence[member.id] ?? "PRESENT") === "PRESENT").length;
  return (
    <div className="grid gap-3">
      {expected.refreshed ? <Alert variant="info">{t("expectedChanged")}</Alert> : null}
      <p className="text-sm font-medium" aria-live="polite" data-testid="attendance-summary">
        {t("expectedSummary", { expected: members.length, present })}
      </p>
      {members.length === 0 ? <p className="text-sm text-muted-foreground">{t("noExpected")}</p> : null}
      <ul className="divide-y rounded-lg border">
        {members.map((member, index) => {
          const value: Presence = (member.id && presence[member.id]) || "PRESENT";
          return (
            <li key={member.id ?? `gone-${index}`} className="grid gap-2 px-3 py-2 sm:grid-cols-[8rem_12rem_1fr] sm:items-center">
              <span className="font-medium">{member.name}</span>
              {member.id ? (
                <NativeSelect
                  aria-label={`${member.name} ${t("attendance")}`}
                  value={value}
                  onChange={(event) => setPresence(member.id!, event.target.value as Presence)}
                  className={value === "PRESENT" ? undefined : "border-warning text-warning"}
                >
                  <option value="PRESENT">{t("presentLabel")}</option>
                  {ABSENCE_REASONS.map((reason) => (
                    <option key={reason} value={reason}>
                      {t("absentLabel")}·{t(`reasons.${reason}`)}
                    </option>
                  ))}
                </NativeSelect>
              ) : (
                <span className="text-sm text-muted-foreground">{t("presentLabel")}</span>
              )}
              {member.id && value !== "PRESENT" ? (
                <Input
                  aria-label={`${member.name} ${t("note")}`}
                  placeholder={t("note")}
                  maxLength={100}
                  value={notes[member.id] ?? ""}
                  onChange={(event) => setNotes(member.id!, event.target.value)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      {error ? <p className="text-sm font-medium text-destructive">{error.join(" ")}</p> : null}
    </div>
  );
}

/** The lecturer of a 党课: a roster member or a typed name, with the field's own error. */
function LecturerField({ value, onChange }: { value: NamedMember; onChange: (value: NamedMember) => void }) {
  const t = useTranslations();
  const error = useFieldError("lecturerName");
  return (
    <div className="grid gap-1.5">
      <span className="inline-flex items-center gap-1 text-sm font-medium">
        {t("orgLife.lecturer")}
        <span aria-hidden className="text-destructive">
          *
        </span>
        <span className="sr-only">{t("common.required")}</span>
      </span>
      <MemberNameInput label={t("orgLife.lecturer")} value={value} onChange={onChange} invalid={Boolean(error)} />
      <input type="hidden" name="lecturerMemberId" value={value.memberId ?? ""} />
      <input type="hidden" name="lecturerName" value={value.name} />
      {error ? <p className="text-sm font-medium text-destructive">{error.join(" ")}</p> : null}
    </div>
  );
}

export function MeetingForm({ branches, campaigns, today, meeting, defaultBranchId, cancelHref }: MeetingFormProps) {
  const t = useTranslations("orgLife");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [branchId, setBranchId] = useState(meeting?.branchId ?? defaultBranchId ?? branches[0]?.id ?? "");
  const branch = branches.find((option) => option.id === branchId);
  const [groupId, setGroupId] = useState(meeting && meeting.orgUnitId !== meeting.branchId ? meeting.orgUnitId : (branch?.groups[0]?.id ?? ""));
  const [kind, setKind] = useState<OrgLifeKindName | "">(meeting?.kind ?? "");
  const [date, setDate] = useState(meeting?.date ?? today);
  const [lecturer, setLecturer] = useState<NamedMember>({ memberId: meeting?.lecturerMemberId ?? null, name: meeting?.lecturerName ?? "" });
  const [presence, setPresenceMap] = useState<Record<string, Presence>>(() => Object.fromEntries((meeting?.absentees ?? []).map((row) => [row.memberId, row.reason])));
  const [notes, setNotesMap] = useState<Record<string, string>>(() => Object.fromEntries((meeting?.absentees ?? []).map((row) => [row.memberId, row.note ?? ""])));
  const unitId = kind === "GROUP_MEETING" ? groupId : branchId;
  const expected = useExpected(unitId, kind, date, meeting);
  const expectedIds = new Set(expected.state === "ready" ? expected.members.map((member) => member.id) : []);
  const absentees = Object.entries(presence)
    .filter(([memberId, value]) => value !== "PRESENT" && expectedIds.has(memberId))
    .map(([memberId, reason]) => ({ memberId, reason, note: notes[memberId] ?? "" }));

  return (
    <ActionForm
      action={meeting ? updateMeetingAction : createMeetingAction}
      schema={() => import("@/lib/org-life/schema").then((m) => (meeting ? m.updateMeetingSchema : m.createMeetingSchema))}
      successMessage={meeting ? tCommon("saved") : t("created")}
      onSuccess={(data) => {
        router.push(`/education/org-life/${(data as { id: string }).id}`);
        router.refresh();
      }}
      className="grid gap-6"
    >
      {meeting ? (
        <>
          <input type="hidden" name="id" value={meeting.id} />
          <input type="hidden" name="version" value={meeting.version} />
        </>
      ) : null}
      <input type="hidden" name="absentees" value={JSON.stringify(absentees)} />
      <section className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={t("kind")}
          value={kind}
          onChange={(event) => setKind(event.target.value as OrgLifeKindName)}
          placeholder=""
          options={ORG_LIFE_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          required
        />
        <DateField name="date" label={t("date")} value={date} onChange={(event) => setDate(event.target.value)} required />
        {/* The unit field is the branch's select, or the group's for a 党小组会 (so its errors show there). */}
        {branches.length > 1 ? (
          <SelectField
            name={kind === "GROUP_MEETING" ? "branchChoice" : "orgUnitId"}
            label={t("branch")}
            value={branchId}
            onChange={(event) => {
              setBranchId(event.target.value);
              setGroupId(branches.find((option) => option.id === event.target.value)?.groups[0]?.id ?? "");
            }}
            options={branches.map((option) => ({ value: option.id, label: option.name }))}
            required
          />
        ) : kind !== "GROUP_MEETING" ? (
          <input type="hidden" name="orgUnitId" value={branchId} />
        ) : null}
        {kind === "GROUP_MEETING" ? (
          <SelectField
            name="orgUnitId"
            label={t("group")}
            value={groupId}
            onChange={(event) => setGroupId(event.target.value)}
            placeholder=""
            options={(branch?.groups ?? []).map((group) => ({ value: group.id, label: group.name }))}
            required
          />
        ) : null}
        <TextField name="topic" label={t("topic")} defaultValue={meeting?.topic} required maxLength={200} className="sm:col-span-2" />
        <TextField name="hostName" label={t("host")} defaultValue={meeting?.hostName ?? undefined} maxLength={40} />
        {kind === "COMMITTEE_MEETING" ? (
          <div className="flex items-end pb-2">
            <CheckboxField name="studiedBusiness" label={t("studiedBusinessLabel")} defaultChecked={meeting?.studiedBusiness} />
          </div>
        ) : null}
        {kind === "PARTY_LECTURE" ? (
          <>
            <LecturerField value={lecturer} onChange={setLecturer} />
            <SelectField
              name="lecturerType"
              label={t("lecturerType")}
              defaultValue={meeting?.lecturerType ?? ""}
              placeholder=""
              options={LECTURER_TYPES.map((value) => ({ value, label: t(`lecturerTypes.${value}`) }))}
              required
            />
          </>
        ) : null}
      </section>

      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">{t("attendance")}</legend>
        <p className="text-sm text-muted-foreground">{t("attendanceHint")}</p>
        <AttendanceList
          expected={expected}
          presence={presence}
          setPresence={(memberId, value) => setPresenceMap((current) => ({ ...current, [memberId]: value }))}
          notes={notes}
          setNotes={(memberId, value) => setNotesMap((current) => ({ ...current, [memberId]: value }))}
        />
      </fieldset>

      <EntryRows<{ memberId: string | null; name: string; note: string }>
        name="nonVoting"
        legend={t("nonVoting")}
        addLabel={t("nonVotingAdd")}
        initial={(meeting?.nonVoting ?? []).map((row) => ({ ...row, note: row.note ?? "" }))}
        blank={() => ({ memberId: null, name: "", note: "" })}
        renderRow={(row, update, label) => (
          <>
            <MemberNameInput label={`${label} ${t("nonVoting")}`} value={row} onChange={(person) => update(person)} />
            <Input aria-label={`${label} ${t("note")}`} placeholder={t("note")} value={row.note} maxLength={100} onChange={(event) => update({ note: event.target.value })} className="sm:col-span-2" />
          </>
        )}
      />

      <TextareaField name="minutes" label={t("minutes")} hint={t("minutesHint")} defaultValue={meeting?.minutes ?? undefined} rows={6} maxLength={20000} />

      <CampaignPicker campaigns={campaigns} defaultValue={meeting?.campaignIds} />

      <div className="flex flex-wrap gap-2">
        <SubmitButton>{tCommon("save")}</SubmitButton>
        <Button type="button" variant="outline" onClick={() => router.push(cancelHref)}>
          {tCommon("cancel")}
        </Button>
      </div>
    </ActionForm>
  );
}
