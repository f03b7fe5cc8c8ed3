import { z } from "zod";
import { calendarDate, checkbox, choice, msg, optionalCalendarDate, optionalText, recordId, requiredText, versionField } from "@/lib/validation";
import { GENDERS, MEMBER_STATUSES, BRANCH_POSTS } from "./options";

export * from "./options";

const memberFields = {
  name: requiredText(40),
  memberNo: optionalText(40),
  gender: choice(GENDERS),
  birthDate: calendarDate(),
  position: optionalText(80),
  isSeniorCadre: checkbox(),
  joinedPartyOn: calendarDate(),
  status: choice(MEMBER_STATUSES),
};

const bornBeforeJoining = (value: { birthDate: Date; joinedPartyOn: Date }) => value.joinedPartyOn > value.birthDate;

export const createMemberSchema = z
  .object({ ...memberFields, branchId: recordId(), joinedBranchOn: calendarDate() })
  .refine(bornBeforeJoining, { message: msg("joinBeforeBirth"), path: ["joinedPartyOn"] });

export const updateMemberSchema = z
  .object({ ...memberFields, id: recordId(), version: versionField() })
  .refine(bornBeforeJoining, { message: msg("joinBeforeBirth"), path: ["joinedPartyOn"] });

/** Moves a member to another branch from a date: the old membership ends the day before. */
export const transferMemberSchema = z.object({
  memberId: recordId(),
  toBranchId: recordId(),
  onDate: calendarDate(),
});

/** Ends a member's membership of their branch (transferred out of the organ, deceased, …). */
export const endMembershipSchema = z.object({ memberId: recordId(), branchId: recordId(), onDate: calendarDate() });

export const branchPostSchema = z
  .object({
    branchId: recordId(),
    memberId: recordId(),
    kind: choice(BRANCH_POSTS),
    fromDate: calendarDate(),
    toDate: optionalCalendarDate(),
  })
  .refine((value) => !value.toDate || value.toDate >= value.fromDate, { message: msg("endBeforeStart"), path: ["toDate"] });

export const endBranchPostSchema = z.object({ id: recordId(), toDate: calendarDate() });

export type CreateMemberInput = z.output<typeof createMemberSchema>;
export type UpdateMemberInput = z.output<typeof updateMemberSchema>;
export type TransferMemberInput = z.output<typeof transferMemberSchema>;
export type BranchPostInput = z.output<typeof branchPostSchema>;
