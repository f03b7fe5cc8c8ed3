import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { writableBranchOptions } from "@/lib/org/unit-options";
import { listCampaignOptions } from "@/lib/campaigns/service";
import type { MeetingDetail } from "./service";
import type { AbsenceReasonName } from "./schema";

/** The branches (with their groups) the user records meetings for, the campaigns, and today. */
export async function meetingFormOptions(user: CurrentUser) {
  const [branches, campaigns] = await Promise.all([writableBranchOptions(user), listCampaignOptions(user)]);
  return { branches, campaigns, today: formatCalendarDate(todayInOrgan()) };
}

/** A stored meeting as the edit form takes it. */
export function meetingFormValues(meeting: MeetingDetail) {
  const expectedRows = meeting.attendance.filter((row) => row.role === "EXPECTED");
  return {
    id: meeting.id,
    version: meeting.version,
    orgUnitId: meeting.orgUnitId,
    branchId: meeting.orgUnit.type === "GROUP" ? (meeting.orgUnit.parent?.id ?? meeting.orgUnitId) : meeting.orgUnitId,
    kind: meeting.kind,
    date: formatCalendarDate(meeting.date),
    topic: meeting.topic,
    hostName: meeting.hostName,
    minutes: meeting.minutes,
    studiedBusiness: meeting.studiedBusiness,
    lecturerMemberId: meeting.lecturerMemberId,
    lecturerName: meeting.lecturerName,
    lecturerType: meeting.lecturerType,
    expected: expectedRows.map((row) => ({ id: row.memberId, name: row.memberName })),
    absentees: expectedRows.flatMap((row) =>
      row.status === "ABSENT" && row.memberId ? [{ memberId: row.memberId, reason: (row.absenceReason ?? "OTHER") as AbsenceReasonName, note: row.note }] : [],
    ),
    nonVoting: meeting.attendance.filter((row) => row.role === "NON_VOTING").map((row) => ({ memberId: row.memberId, name: row.memberName, note: row.note })),
    campaignIds: meeting.campaignIds,
  };
}
