import { z } from "zod";
import { campaignIdsField } from "@/lib/campaigns/schema";
import { listChoice, recordListQuerySchema } from "@/lib/records/list-query";
import {
  calendarDate,
  choice,
  count,
  idList,
  jsonList,
  msg,
  optionalCount,
  optionalText,
  recordId,
  requiredText,
  versionField,
} from "@/lib/validation";
import { STUDY_LEVELS, STUDY_KINDS, NON_VOTING_TAGS, SPEAKER_TAGS, type StudyLevelName, type StudyKindName, KINDS_BY_LEVEL } from "./options";

export * from "./options";

const rosterMember = () =>
  recordId()
    .nullish()
    .transform((value) => value ?? null);

/** 列席: a roster member (whose name the roster gives) or a named outsider, tagged. */
export const nonVotingEntrySchema = z
  .object({ memberId: rosterMember(), name: optionalText(40), tag: choice(NON_VOTING_TAGS) })
  .refine((value) => value.memberId || value.name, { message: msg("required"), path: ["name"] });

/** 交流发言: one speech by a roster member or a named speaker (a leader need not be on a branch roster). */
export const speechEntrySchema = z
  .object({ memberId: rosterMember(), speakerName: optionalText(40), topic: optionalText(200), tag: choice(SPEAKER_TAGS) })
  .refine((value) => value.memberId || value.speakerName, { message: msg("required"), path: ["speakerName"] });

export type NonVotingEntry = z.output<typeof nonVotingEntrySchema>;
export type SpeechEntry = z.output<typeof speechEntrySchema>;

const sessionFields = {
  level: choice(STUDY_LEVELS),
  orgUnitId: recordId().optional(),
  kind: choice(STUDY_KINDS),
  date: calendarDate(),
  durationMinutes: optionalCount(24 * 60, 1),
  place: optionalText(100),
  topic: requiredText(200),
  content: optionalText(5000),
  outsideAttendeeCount: z.preprocess((value) => (value === "" || value === undefined ? 0 : value), count(1000)),
  attendeeIds: idList(500),
  nonVoting: jsonList(nonVotingEntrySchema, 100),
  speeches: jsonList(speechEntrySchema, 100),
  "campaignIds[]": campaignIdsField(),
};

/** A branch session names its branch; a central-group session belongs to the Party group (no branch). */
function checkLevel(value: { level: StudyLevelName; kind: StudyKindName; orgUnitId?: string }, context: z.RefinementCtx) {
  if (value.level === "BRANCH" && !value.orgUnitId) context.addIssue({ code: "custom", message: msg("required"), path: ["orgUnitId"] });
  if (value.level === "PARTY_GROUP" && value.orgUnitId) context.addIssue({ code: "custom", message: msg("invalidChoice"), path: ["orgUnitId"] });
  if (!KINDS_BY_LEVEL[value.level].includes(value.kind)) context.addIssue({ code: "custom", message: msg("invalidChoice"), path: ["kind"] });
}

export const createStudySessionSchema = z.object(sessionFields).superRefine(checkLevel);
export const updateStudySessionSchema = z.object({ ...sessionFields, id: recordId(), version: versionField() }).superRefine(checkLevel);

export type CreateStudySessionInput = z.output<typeof createStudySessionSchema>;
export type UpdateStudySessionInput = z.output<typeof updateStudySessionSchema>;

/** The session list's query string (also the ledger's): the shared filters plus level and kind. */
export const studyListQuerySchema = recordListQuerySchema.extend({ kind: listChoice(STUDY_KINDS), level: listChoice(STUDY_LEVELS) });
export type StudyListQuery = z.output<typeof studyListQuerySchema>;
