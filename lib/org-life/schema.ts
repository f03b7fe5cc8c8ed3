import { z } from "zod";
import { campaignIdsField } from "@/lib/campaigns/schema";
import { listChoice, recordListQuerySchema } from "@/lib/records/list-query";
import { calendarDate, checkbox, choice, jsonList, msg, optionalText, recordId, requiredText, versionField } from "@/lib/validation";
import { ORG_LIFE_KINDS, LECTURER_TYPES, ABSENCE_REASONS, type OrgLifeKindName, type LecturerTypeName, FREQUENCIES } from "./options";

export * from "./options";

/** One expected attendee who did not come, and why. Everyone else on the expected list was present. */
export const absenteeSchema = z.object({
  memberId: recordId(),
  reason: choice(ABSENCE_REASONS),
  note: optionalText(100),
});

/** 列席: attending without being expected (a roster member of another unit, or a guest). */
export const meetingNonVotingSchema = z
  .object({
    memberId: recordId()
      .nullish()
      .transform((value) => value ?? null),
    name: optionalText(40),
    note: optionalText(100),
  })
  .refine((value) => value.memberId || value.name, { message: msg("required"), path: ["name"] });

export type Absentee = z.output<typeof absenteeSchema>;
export type MeetingNonVoting = z.output<typeof meetingNonVotingSchema>;

const meetingFields = {
  orgUnitId: recordId(),
  kind: choice(ORG_LIFE_KINDS),
  date: calendarDate(),
  topic: requiredText(200),
  hostName: optionalText(40),
  minutes: optionalText(20_000),
  studiedBusiness: checkbox(),
  lecturerMemberId: recordId().optional(),
  lecturerName: optionalText(40),
  lecturerType: choice(LECTURER_TYPES).optional(),
  absentees: jsonList(absenteeSchema, 500),
  nonVoting: jsonList(meetingNonVotingSchema, 100),
  "campaignIds[]": campaignIdsField(),
};

/** A 党课 is counted per lecturer type, so it needs both who lectured and as what. */
function checkLecture(
  value: { kind: OrgLifeKindName; lecturerMemberId?: string; lecturerName: string | null; lecturerType?: LecturerTypeName },
  context: z.RefinementCtx,
) {
  if (value.kind !== "PARTY_LECTURE") return;
  if (!value.lecturerName && !value.lecturerMemberId) context.addIssue({ code: "custom", message: msg("lecturerRequired"), path: ["lecturerName"] });
  if (!value.lecturerType) context.addIssue({ code: "custom", message: msg("lecturerRequired"), path: ["lecturerType"] });
}

export const createMeetingSchema = z.object(meetingFields).superRefine(checkLecture);
export const updateMeetingSchema = z.object({ ...meetingFields, id: recordId(), version: versionField() }).superRefine(checkLecture);

export type CreateMeetingInput = z.output<typeof createMeetingSchema>;
export type UpdateMeetingInput = z.output<typeof updateMeetingSchema>;

export const frequenciesSchema = z.object(
  Object.fromEntries(ORG_LIFE_KINDS.map((kind) => [kind, choice(FREQUENCIES)])) as Record<OrgLifeKindName, ReturnType<typeof choice<typeof FREQUENCIES>>>,
);

/** The settings form: the frequencies, and when the settings it was loaded with were saved (its version). */
export const frequencySettingsSchema = frequenciesSchema.extend({
  loadedAt: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) {
        context.addIssue({ code: "custom", message: msg("invalidDate") });
        return z.NEVER;
      }
      return date;
    }),
});

/** The meeting list's query string (also the ledger's). */
export const meetingListQuerySchema = recordListQuerySchema.extend({ kind: listChoice(ORG_LIFE_KINDS) });
export type MeetingListQuery = z.output<typeof meetingListQuerySchema>;
