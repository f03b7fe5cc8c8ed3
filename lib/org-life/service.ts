import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/connect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/service";
import { notFound, validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import type { CurrentUser } from "@/lib/auth/session";
import { assertCanReadUnit, assertCanWriteUnit, branchScope, scopeWhere } from "@/lib/org/scope";
import { assertPickableMembers } from "@/lib/roster/member-search";
import { assertCampaignsExist } from "@/lib/campaigns/service";
import { expectedAttendees, meetingUnit } from "./expected";
import { dateRangeWhere, pageArgs } from "@/lib/records/list-query";
import type { CreateMeetingInput, MeetingListQuery, OrgLifeKindName, UpdateMeetingInput } from "./schema";
import { savedStamp, staleVersion, type FieldLabel } from "@/lib/records/conflict";

export const MEETING_PAGE_SIZE = 20;

/** The list's filters as a `where`; a branch filter takes in its 党小组's meetings too. */
export async function meetingWhere(user: CurrentUser, query: Omit<MeetingListQuery, "page">): Promise<Prisma.OrgLifeMeetingWhereInput> {
  const scope = await branchScope(user);
  const and: Prisma.OrgLifeMeetingWhereInput[] = [];
  if (query.branch) and.push({ OR: [{ orgUnitId: query.branch }, { orgUnit: { parentId: query.branch } }] });
  if (query.q) and.push({ OR: [{ topic: { contains: query.q } }, { hostName: { contains: query.q } }, { minutes: { contains: query.q } }] });
  return {
    deletedAt: null,
    ...scopeWhere(scope),
    ...(query.kind ? { kind: query.kind } : {}),
    date: dateRangeWhere(query.from, query.to),
    ...(query.campaign ? { campaignIds: { has: query.campaign } } : {}),
    ...(and.length ? { AND: and } : {}),
  };
}

export async function listMeetings(user: CurrentUser, query: MeetingListQuery) {
  const where = await meetingWhere(user, query);
  const [total, rows] = await Promise.all([
    db.orgLifeMeeting.count({ where }),
    db.orgLifeMeeting.findMany({
      where,
      select: {
        id: true,
        kind: true,
        date: true,
        topic: true,
        hostName: true,
        expectedCount: true,
        lecturerName: true,
        lecturerType: true,
        studiedBusiness: true,
        orgUnit: { select: { id: true, name: true, type: true, parent: { select: { id: true, name: true } } } },
        _count: { select: { attendance: { where: { role: "EXPECTED", status: "PRESENT" } } } },
      },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      ...pageArgs(query.page, MEETING_PAGE_SIZE),
    }),
  ]);
  return {
    total,
    page: query.page,
    pageSize: MEETING_PAGE_SIZE,
    rows: rows.map(({ _count, ...row }) => ({ ...row, presentCount: _count.attendance })),
  };
}

const detailSelect = {
  id: true,
  orgUnitId: true,
  kind: true,
  date: true,
  topic: true,
  hostName: true,
  minutes: true,
  studiedBusiness: true,
  lecturerMemberId: true,
  lecturerName: true,
  lecturerType: true,
  expectedCount: true,
  campaignIds: true,
  version: true,
  orgUnit: { select: { id: true, name: true, type: true, parent: { select: { id: true, name: true } } } },
  attendance: {
    select: { memberId: true, memberName: true, role: true, status: true, absenceReason: true, note: true },
    orderBy: [{ role: "asc" }, { memberName: "asc" }],
  },
} as const satisfies Prisma.OrgLifeMeetingSelect;

async function loadMeeting(client: Tx | typeof db, id: string) {
  return client.orgLifeMeeting.findFirst({ where: { id, deletedAt: null }, select: detailSelect });
}

export async function getMeeting(user: CurrentUser, id: string) {
  const meeting = await loadMeeting(db, id);
  if (!meeting) throw notFound();
  await assertCanReadUnit(user, meeting.orgUnitId);
  return meeting;
}

export type MeetingDetail = Awaited<ReturnType<typeof getMeeting>>;

/** 应到 for a meeting being recorded (the form's live list), checked against the user's scope. */
export async function expectedForForm(user: CurrentUser, orgUnitId: string, kind: OrgLifeKindName, date: Date) {
  await assertCanReadUnit(user, orgUnitId);
  return expectedAttendees(db, await meetingUnit(db, orgUnitId, kind), kind, date);
}

/** The attendance rows as they stand on the day: every expected member present unless listed absent, then 列席. */
async function attendanceRows(tx: Tx, user: CurrentUser, input: CreateMeetingInput, expected: { id: string | null; name: string }[]) {
  const absent = new Map(input.absentees.map((row) => [row.memberId, row]));
  const expectedIds = new Set(expected.map((member) => member.id));
  if ([...absent.keys()].some((id) => !expectedIds.has(id))) throw validationError({ absentees: [msg("absenteeNotExpected")] });
  const nonVotingNames = await assertPickableMembers(tx, user, input.nonVoting.flatMap((row) => (row.memberId ? [row.memberId] : [])), "nonVoting");
  return [
    ...expected.map((member) => {
      const absence = member.id ? absent.get(member.id) : undefined;
      return {
        memberId: member.id,
        memberName: member.name,
        role: "EXPECTED" as const,
        status: absence ? ("ABSENT" as const) : ("PRESENT" as const),
        absenceReason: absence?.reason ?? null,
        note: absence?.note ?? null,
      };
    }),
    ...input.nonVoting.map((row) => ({
      memberId: row.memberId,
      memberName: (row.memberId ? nonVotingNames.get(row.memberId) : undefined) ?? row.name ?? "",
      role: "NON_VOTING" as const,
      status: "PRESENT" as const,
      absenceReason: null,
      note: row.note,
    })),
  ];
}

/** The meeting's own fields: lecturer fields only for a 党课, 研究业务工作 only for a 支委会. */
async function scalarFields(tx: Tx, user: CurrentUser, input: CreateMeetingInput) {
  const lecture = input.kind === "PARTY_LECTURE";
  const lecturerMemberId = lecture ? (input.lecturerMemberId ?? null) : null;
  const lecturerNames = await assertPickableMembers(tx, user, lecturerMemberId ? [lecturerMemberId] : [], "lecturerName");
  await assertCampaignsExist(tx, input["campaignIds[]"]);
  return {
    orgUnitId: input.orgUnitId,
    kind: input.kind,
    date: input.date,
    topic: input.topic,
    hostName: input.hostName,
    minutes: input.minutes,
    studiedBusiness: input.kind === "COMMITTEE_MEETING" && input.studiedBusiness,
    lecturerMemberId,
    lecturerName: lecture ? ((lecturerMemberId ? lecturerNames.get(lecturerMemberId) : undefined) ?? input.lecturerName) : null,
    lecturerType: lecture ? (input.lecturerType ?? null) : null,
    campaignIds: input["campaignIds[]"],
  };
}

function auditSnapshot(meeting: NonNullable<Awaited<ReturnType<typeof loadMeeting>>>) {
  const { orgUnit, ...fields } = meeting;
  return { ...fields, unit: orgUnit.name };
}

const meetingLabels: Record<string, FieldLabel> = {
  unit: "orgLife.unit",
  kind: { label: "orgLife.kind", values: "orgLife.kinds" },
  date: "orgLife.date",
  topic: "orgLife.topic",
  hostName: "orgLife.host",
  studiedBusiness: "orgLife.studiedBusinessLabel",
  lecturerName: "orgLife.lecturer",
  lecturerType: { label: "orgLife.lecturerType", values: "orgLife.lecturerTypes" },
  minutes: "orgLife.minutes",
  attendance: { label: "orgLife.attendance", opaque: true },
  campaignIds: { label: "campaigns.picker", opaque: true },
};

export async function createMeeting(user: CurrentUser, input: CreateMeetingInput) {
  await assertCanWriteUnit(user, input.orgUnitId);
  return db.$transaction(async (tx) => {
    const unit = await meetingUnit(tx, input.orgUnitId, input.kind);
    const expected = await expectedAttendees(tx, unit, input.kind, input.date);
    const { id } = await tx.orgLifeMeeting.create({
      data: {
        ...(await scalarFields(tx, user, input)),
        expectedCount: expected.length,
        attendance: { create: await attendanceRows(tx, user, input, expected) },
        createdById: user.id,
        updatedById: user.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "OrgLifeMeeting", entityId: id, after: auditSnapshot((await loadMeeting(tx, id))!) });
    return { id };
  });
}

export async function updateMeeting(user: CurrentUser, input: UpdateMeetingInput) {
  await assertCanWriteUnit(user, input.orgUnitId);
  return db.$transaction(async (tx) => {
    const before = await loadMeeting(tx, input.id);
    if (!before) throw notFound();
    await assertCanWriteUnit(user, before.orgUnitId);
    const unit = await meetingUnit(tx, input.orgUnitId, input.kind);
    // The list is kept as it was on the day: only a different unit, kind or date makes it anew.
    const sameDay = before.orgUnitId === input.orgUnitId && before.kind === input.kind && before.date.getTime() === input.date.getTime();
    const expected = sameDay
      ? before.attendance.filter((row) => row.role === "EXPECTED").map((row) => ({ id: row.memberId, name: row.memberName }))
      : await expectedAttendees(tx, unit, input.kind, input.date);
    const { count } = await tx.orgLifeMeeting.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { ...(await scalarFields(tx, user, input)), expectedCount: expected.length, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.orgLifeMeeting.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "OrgLifeMeeting", id: input.id, loaded: input.version, current: auditSnapshot(before), saved, fields: meetingLabels });
    }
    const rows = await attendanceRows(tx, user, input, expected);
    await tx.orgLifeAttendance.deleteMany({ where: { meetingId: input.id } });
    await tx.orgLifeAttendance.createMany({ data: rows.map((row) => ({ ...row, meetingId: input.id })) });
    const after = (await loadMeeting(tx, input.id))!;
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "OrgLifeMeeting", entityId: input.id, before: auditSnapshot(before), after: auditSnapshot(after) });
    return { id: input.id };
  });
}
