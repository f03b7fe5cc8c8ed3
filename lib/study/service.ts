import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/connect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/service";
import { notFound, validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import type { CurrentUser } from "@/lib/auth/session";
import { assertCanReadRecord, assertCanWriteRecord, branchScope, readableRecordsWhere } from "@/lib/org/scope";
import { assertPickableMembers } from "@/lib/roster/member-search";
import { assertCampaignsExist } from "@/lib/campaigns/service";
import { dateRangeWhere, pageArgs } from "@/lib/records/list-query";
import type { CreateStudySessionInput, StudyListQuery, UpdateStudySessionInput } from "./schema";
import { savedStamp, staleVersion, type FieldLabel } from "@/lib/records/conflict";

export const STUDY_PAGE_SIZE = 20;

/** The list's filters as a `where`, shared by the page, the ledger and the counts behind them. */
export async function studyWhere(user: CurrentUser, query: Omit<StudyListQuery, "page">): Promise<Prisma.StudySessionWhereInput> {
  const scope = await branchScope(user);
  return {
    deletedAt: null,
    ...readableRecordsWhere(scope),
    ...(query.level ? { level: query.level } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.branch ? { orgUnitId: query.branch } : {}),
    date: dateRangeWhere(query.from, query.to),
    ...(query.campaign ? { campaignIds: { has: query.campaign } } : {}),
    ...(query.q
      ? { AND: [{ OR: [{ topic: { contains: query.q } }, { content: { contains: query.q } }, { place: { contains: query.q } }] }] }
      : {}),
  };
}

const listSelect = {
  id: true,
  level: true,
  kind: true,
  date: true,
  topic: true,
  place: true,
  durationMinutes: true,
  outsideAttendeeCount: true,
  orgUnit: { select: { id: true, name: true } },
  _count: { select: { attendees: true, nonVoting: true, speeches: true } },
} as const;

export async function listStudySessions(user: CurrentUser, query: StudyListQuery) {
  const where = await studyWhere(user, query);
  const [total, rows] = await Promise.all([
    db.studySession.count({ where }),
    db.studySession.findMany({
      where,
      select: listSelect,
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      ...pageArgs(query.page, STUDY_PAGE_SIZE),
    }),
  ]);
  return { total, rows, page: query.page, pageSize: STUDY_PAGE_SIZE };
}

const detailSelect = {
  id: true,
  level: true,
  orgUnitId: true,
  kind: true,
  date: true,
  durationMinutes: true,
  place: true,
  topic: true,
  content: true,
  outsideAttendeeCount: true,
  campaignIds: true,
  version: true,
  orgUnit: { select: { id: true, name: true } },
  attendees: { select: { member: { select: { id: true, name: true } } }, orderBy: { member: { name: "asc" } } },
  nonVoting: { select: { memberId: true, name: true, tag: true }, orderBy: { id: "asc" } },
  speeches: { select: { memberId: true, speakerName: true, topic: true, tag: true }, orderBy: { id: "asc" } },
  tasks: { select: { task: { select: { id: true, content: true, year: true, deletedAt: true } } } },
} as const satisfies Prisma.StudySessionSelect;

async function loadSession(client: Tx | typeof db, id: string) {
  return client.studySession.findFirst({ where: { id, deletedAt: null }, select: detailSelect });
}

export async function getStudySession(user: CurrentUser, id: string) {
  const session = await loadSession(db, id);
  if (!session) throw notFound();
  await assertCanReadRecord(user, session.orgUnitId);
  return { ...session, tasks: session.tasks.map((link) => link.task).filter((task) => !task.deletedAt) };
}

export type StudySessionDetail = Awaited<ReturnType<typeof getStudySession>>;

/** What an audit row keeps of a session: its fields and who attended and spoke. */
function auditSnapshot(session: NonNullable<Awaited<ReturnType<typeof loadSession>>>) {
  const { attendees, tasks, orgUnit, ...fields } = session;
  return { ...fields, branch: orgUnit?.name ?? null, attendeeIds: attendees.map((row) => row.member.id), taskIds: tasks.map((link) => link.task.id) };
}

const sessionLabels: Record<string, FieldLabel> = {
  level: { label: "study.level", values: "study.levels" },
  branch: "study.branch",
  kind: { label: "study.kind", values: "study.kinds" },
  date: "study.date",
  durationMinutes: "study.duration",
  place: "study.place",
  topic: "study.topic",
  content: "study.content",
  attendeeIds: { label: "study.attendees", opaque: true },
  outsideAttendeeCount: "study.outsideAttendees",
  nonVoting: { label: "study.nonVoting", opaque: true },
  speeches: { label: "study.speeches", opaque: true },
  taskIds: { label: "study.tasks", opaque: true },
  campaignIds: { label: "campaigns.picker", opaque: true },
};

async function assertBranch(tx: Tx, orgUnitId: string | undefined) {
  if (!orgUnitId) return;
  const branch = await tx.orgUnit.findFirst({ where: { id: orgUnitId, type: "BRANCH", deletedAt: null }, select: { id: true } });
  if (!branch) throw validationError({ orgUnitId: [msg("invalidChoice")] });
}

/** A picked member's name as the roster has it today, else the typed name (the schema requires one of them). */
function nameOf(names: Map<string, string>, memberId: string | null, typed: string | null): string {
  return (memberId ? names.get(memberId) : undefined) ?? typed ?? "";
}

/** Checks every picked person and returns the rows to write, names copied as they are today. */
async function childRows(tx: Tx, user: CurrentUser, input: CreateStudySessionInput) {
  await assertPickableMembers(tx, user, input.attendeeIds, "attendeeIds");
  const nonVotingNames = await assertPickableMembers(tx, user, input.nonVoting.flatMap((row) => (row.memberId ? [row.memberId] : [])), "nonVoting");
  const speakerNames = await assertPickableMembers(tx, user, input.speeches.flatMap((row) => (row.memberId ? [row.memberId] : [])), "speeches");
  return {
    attendees: { create: input.attendeeIds.map((memberId) => ({ memberId })) },
    nonVoting: {
      create: input.nonVoting.map((row) => ({ memberId: row.memberId, name: nameOf(nonVotingNames, row.memberId, row.name), tag: row.tag })),
    },
    speeches: {
      create: input.speeches.map((row) => ({
        memberId: row.memberId,
        speakerName: nameOf(speakerNames, row.memberId, row.speakerName),
        topic: row.topic,
        tag: row.tag,
      })),
    },
  };
}

function scalarFields(input: CreateStudySessionInput) {
  return {
    level: input.level,
    orgUnitId: input.level === "BRANCH" ? (input.orgUnitId ?? null) : null,
    kind: input.kind,
    date: input.date,
    durationMinutes: input.durationMinutes,
    place: input.place,
    topic: input.topic,
    content: input.content,
    outsideAttendeeCount: input.outsideAttendeeCount,
    campaignIds: input["campaignIds[]"],
  };
}

export async function createStudySession(user: CurrentUser, input: CreateStudySessionInput) {
  const fields = scalarFields(input);
  await assertCanWriteRecord(user, fields.orgUnitId);
  return db.$transaction(async (tx) => {
    await assertBranch(tx, input.orgUnitId);
    await assertCampaignsExist(tx, fields.campaignIds);
    const { id } = await tx.studySession.create({
      data: { ...fields, ...(await childRows(tx, user, input)), createdById: user.id, updatedById: user.id },
      select: { id: true },
    });
    const after = (await loadSession(tx, id))!;
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "StudySession", entityId: id, after: auditSnapshot(after) });
    return { id };
  });
}

export async function updateStudySession(user: CurrentUser, input: UpdateStudySessionInput) {
  const fields = scalarFields(input);
  return db.$transaction(async (tx) => {
    const before = await loadSession(tx, input.id);
    if (!before) throw notFound();
    // Both the record's present level and its new one must be the user's to write.
    await assertCanWriteRecord(user, before.orgUnitId);
    await assertCanWriteRecord(user, fields.orgUnitId);
    await assertBranch(tx, input.orgUnitId);
    await assertCampaignsExist(tx, fields.campaignIds);
    const { count } = await tx.studySession.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { ...fields, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.studySession.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "StudySession", id: input.id, loaded: input.version, current: auditSnapshot(before), saved, fields: sessionLabels });
    }
    await tx.studyAttendee.deleteMany({ where: { sessionId: input.id } });
    await tx.studyNonVoting.deleteMany({ where: { sessionId: input.id } });
    await tx.studySpeech.deleteMany({ where: { sessionId: input.id } });
    await tx.studySession.update({ where: { id: input.id }, data: await childRows(tx, user, input) });
    const after = (await loadSession(tx, input.id))!;
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "StudySession", entityId: input.id, before: auditSnapshot(before), after: auditSnapshot(after) });
    return { id: input.id };
  });
}
