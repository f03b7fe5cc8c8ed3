import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/connect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/service";
import { forbidden, notFound, validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { todayInOrgan } from "@/lib/dates";
import { assertCanWriteRecord, branchScope, readableRecordsWhere } from "@/lib/org/scope";
import { assertCampaignsExist } from "@/lib/campaigns/service";
import { dateRangeWhere, pageArgs } from "@/lib/records/list-query";
import type {
  BookListQuery,
  CreateBookInput,
  CreateStudyFormInput,
  CreateStudyTaskInput,
  TaskListQuery,
  UpdateBookInput,
  UpdateStudyFormInput,
  UpdateStudyTaskInput,
} from "./schema";
import { savedStamp, staleVersion, type FieldLabel } from "@/lib/records/conflict";

// The study checklist and the books handed out are the Party group's own records: every
// business role reads them, the Party office alone writes them (assertCanWriteRecord(user, null)).

export const TASK_PAGE_SIZE = 50;
export const BOOK_PAGE_SIZE = 20;

const writeOrgan = (user: CurrentUser) => assertCanWriteRecord(user, null);

function assertReader(user: CurrentUser) {
  if (!can(user.role, "records.read")) throw forbidden();
}

/* ---------- 学习形式 ---------- */

const formSelect = { id: true, year: true, name: true, sortOrder: true, version: true } as const;

const formLabels: Record<string, FieldLabel> = { name: "checklist.formName", year: "integrity.year", sortOrder: "checklist.sortOrder" };

export async function listStudyForms(user: CurrentUser, year: number) {
  assertReader(user);
  return db.studyForm.findMany({
    where: { year, deletedAt: null },
    select: { ...formSelect, _count: { select: { tasks: { where: { deletedAt: null } } } } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}

export async function createStudyForm(user: CurrentUser, input: CreateStudyFormInput) {
  await writeOrgan(user);
  return db.$transaction(async (tx) => {
    const form = await tx.studyForm.create({ data: { ...input, createdById: user.id, updatedById: user.id }, select: formSelect });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "StudyForm", entityId: form.id, after: form });
    return { id: form.id };
  });
}

export async function updateStudyForm(user: CurrentUser, input: UpdateStudyFormInput) {
  await writeOrgan(user);
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.studyForm.findFirst({ where: { id, deletedAt: null }, select: formSelect });
    if (!before) throw notFound();
    // Tasks carry their form's year; moving a form with tasks to another year would split them.
    if (fields.year !== before.year && (await tx.studyTask.count({ where: { formId: id, deletedAt: null } })) > 0) {
      throw validationError({ year: [msg("invalidChoice")] });
    }
    const { count } = await tx.studyForm.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...fields, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.studyForm.findUniqueOrThrow({ where: { id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "StudyForm", id, loaded: version, current: before, saved, fields: formLabels });
    }
    const after = await tx.studyForm.findUniqueOrThrow({ where: { id }, select: formSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "StudyForm", entityId: id, before, after });
    return { id };
  });
}

/* ---------- 学习任务 ---------- */

/**
 * The task list's filters as a `where` (`kind` is the 学习形式); 逾期 means not done and past its
 * deadline, today in Asia/Shanghai.
 */
export async function taskWhere(user: CurrentUser, year: number, query: Omit<TaskListQuery, "page" | "year">, today = todayInOrgan()): Promise<Prisma.StudyTaskWhereInput> {
  assertReader(user);
  const status: Prisma.StudyTaskWhereInput =
    query.status === "OVERDUE" ? { status: { not: "DONE" }, deadline: { lt: today } } : query.status ? { status: query.status } : {};
  return {
    year,
    deletedAt: null,
    form: { deletedAt: null },
    ...status,
    ...(query.kind ? { formId: query.kind } : {}),
    ...(query.q ? { OR: [{ content: { contains: query.q } }, { leadUnit: { contains: query.q } }, { responsibleUnits: { has: query.q } }] } : {}),
  };
}

const taskListSelect = {
  id: true,
  content: true,
  deadline: true,
  leadUnit: true,
  responsibleUnits: true,
  status: true,
  completedOn: true,
  form: { select: { id: true, name: true } },
  _count: { select: { sessions: true } },
} as const;

export async function listStudyTasks(user: CurrentUser, year: number, query: TaskListQuery) {
  const where = await taskWhere(user, year, query);
  const [total, rows] = await Promise.all([
    db.studyTask.count({ where }),
    db.studyTask.findMany({
      where,
      select: taskListSelect,
      orderBy: [{ form: { sortOrder: "asc" } }, { deadline: "asc" }, { createdAt: "asc" }],
      ...pageArgs(query.page, TASK_PAGE_SIZE),
    }),
  ]);
  return { total, rows, page: query.page, pageSize: TASK_PAGE_SIZE };
}

const taskDetailSelect = {
  id: true,
  year: true,
  formId: true,
  content: true,
  deadline: true,
  leadUnit: true,
  responsibleUnits: true,
  status: true,
  completedOn: true,
  version: true,
  form: { select: { id: true, name: true } },
  sessions: {
    where: { session: { deletedAt: null } },
    select: { session: { select: { id: true, date: true, topic: true, level: true, kind: true, orgUnitId: true, orgUnit: { select: { name: true } } } } },
    orderBy: { session: { date: "asc" } },
  },
} as const satisfies Prisma.StudyTaskSelect;

async function loadTask(client: Tx | typeof db, id: string) {
  return client.studyTask.findFirst({ where: { id, deletedAt: null }, select: taskDetailSelect });
}

export async function getStudyTask(user: CurrentUser, id: string) {
  const scope = await branchScope(user);
  const task = await loadTask(db, id);
  if (!task) throw notFound();
  // Linked sessions of other branches are not a secretary's to open.
  const readable = (unitId: string | null) => unitId === null || scope.kind === "all" || scope.unitIds.includes(unitId);
  return { ...task, sessions: task.sessions.map((link) => link.session).filter((session) => readable(session.orgUnitId)) };
}

export type StudyTaskDetail = Awaited<ReturnType<typeof getStudyTask>>;

function taskSnapshot(task: NonNullable<Awaited<ReturnType<typeof loadTask>>>) {
  const { sessions, form, ...fields } = task;
  return { ...fields, form: form.name, sessionIds: sessions.map((link) => link.session.id) };
}

const taskLabels: Record<string, FieldLabel> = {
  form: "checklist.form",
  content: "checklist.content",
  deadline: "checklist.deadline",
  leadUnit: "checklist.leadUnit",
  responsibleUnits: "checklist.responsibleUnits",
  status: { label: "checklist.status", values: "checklist.statuses" },
  completedOn: "checklist.completedOn",
  sessionIds: { label: "checklist.sessions", opaque: true },
};

/** The task's form (its year with it) and linked sessions, checked to exist. */
async function taskRefs(tx: Tx, input: CreateStudyTaskInput) {
  const form = await tx.studyForm.findFirst({ where: { id: input.formId, deletedAt: null }, select: { id: true, year: true } });
  if (!form) throw validationError({ formId: [msg("invalidChoice")] });
  const found = await tx.studySession.count({ where: { id: { in: input.sessionIds }, deletedAt: null } });
  if (found !== input.sessionIds.length) throw validationError({ sessionIds: [msg("invalidChoice")] });
  return {
    year: form.year,
    formId: form.id,
    content: input.content,
    deadline: input.deadline,
    leadUnit: input.leadUnit,
    responsibleUnits: input.responsibleUnits,
    status: input.status,
    completedOn: input.status === "DONE" ? input.completedOn : null,
  };
}

export async function createStudyTask(user: CurrentUser, input: CreateStudyTaskInput) {
  await writeOrgan(user);
  return db.$transaction(async (tx) => {
    const fields = await taskRefs(tx, input);
    const { id } = await tx.studyTask.create({
      data: { ...fields, sessions: { create: input.sessionIds.map((sessionId) => ({ sessionId })) }, createdById: user.id, updatedById: user.id },
      select: { id: true },
    });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "StudyTask", entityId: id, after: taskSnapshot((await loadTask(tx, id))!) });
    return { id };
  });
}

export async function updateStudyTask(user: CurrentUser, input: UpdateStudyTaskInput) {
  await writeOrgan(user);
  return db.$transaction(async (tx) => {
    const before = await loadTask(tx, input.id);
    if (!before) throw notFound();
    const fields = await taskRefs(tx, input);
    const { count } = await tx.studyTask.updateMany({
      where: { id: input.id, version: input.version, deletedAt: null },
      data: { ...fields, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.studyTask.findUniqueOrThrow({ where: { id: input.id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "StudyTask", id: input.id, loaded: input.version, current: taskSnapshot(before), saved, fields: taskLabels });
    }
    await tx.studyTaskSession.deleteMany({ where: { taskId: input.id } });
    await tx.studyTaskSession.createMany({ data: input.sessionIds.map((sessionId) => ({ taskId: input.id, sessionId })) });
    const after = (await loadTask(tx, input.id))!;
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "StudyTask", entityId: input.id, before: taskSnapshot(before), after: taskSnapshot(after) });
    return { id: input.id };
  });
}

/** The year's sessions a task can be linked to: the Party group's and every branch's the user reads. */
export async function linkableSessions(user: CurrentUser, year: number) {
  const scope = await branchScope(user);
  return db.studySession.findMany({
    where: { deletedAt: null, ...readableRecordsWhere(scope), date: { gte: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) } },
    select: { id: true, date: true, topic: true, level: true, orgUnit: { select: { name: true } } },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
  });
}

/* ---------- 发放书目 ---------- */

export async function bookWhere(user: CurrentUser, query: Omit<BookListQuery, "page">): Promise<Prisma.BookDistributionWhereInput> {
  assertReader(user);
  return {
    deletedAt: null,
    date: dateRangeWhere(query.from, query.to),
    ...(query.campaign ? { campaignIds: { has: query.campaign } } : {}),
    ...(query.q ? { OR: [{ title: { contains: query.q } }, { recipients: { contains: query.q } }] } : {}),
  };
}

const bookSelect = { id: true, date: true, title: true, copies: true, recipients: true, campaignIds: true, version: true } as const;

const bookLabels: Record<string, FieldLabel> = {
  title: "checklist.bookTitle",
  date: "checklist.date",
  copies: "checklist.copies",
  recipients: "checklist.recipients",
  campaignIds: { label: "campaigns.picker", opaque: true },
};

export async function listBooks(user: CurrentUser, query: BookListQuery) {
  const where = await bookWhere(user, query);
  const [total, rows, copies] = await Promise.all([
    db.bookDistribution.count({ where }),
    db.bookDistribution.findMany({
      where,
      select: bookSelect,
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      ...pageArgs(query.page, BOOK_PAGE_SIZE),
    }),
    db.bookDistribution.aggregate({ where, _sum: { copies: true } }),
  ]);
  return { total, rows, page: query.page, pageSize: BOOK_PAGE_SIZE, copies: copies._sum.copies ?? 0 };
}

export async function getBook(user: CurrentUser, id: string) {
  assertReader(user);
  const book = await db.bookDistribution.findFirst({ where: { id, deletedAt: null }, select: bookSelect });
  if (!book) throw notFound();
  return book;
}

function bookFields(input: CreateBookInput) {
  return { date: input.date, title: input.title, copies: input.copies, recipients: input.recipients, campaignIds: input["campaignIds[]"] };
}

export async function createBook(user: CurrentUser, input: CreateBookInput) {
  await writeOrgan(user);
  return db.$transaction(async (tx) => {
    const fields = bookFields(input);
    await assertCampaignsExist(tx, fields.campaignIds);
    const book = await tx.bookDistribution.create({ data: { ...fields, createdById: user.id, updatedById: user.id }, select: bookSelect });
    await writeAudit(tx, { actor: user, action: "CREATE", entity: "BookDistribution", entityId: book.id, after: book });
    return { id: book.id };
  });
}

export async function updateBook(user: CurrentUser, input: UpdateBookInput) {
  await writeOrgan(user);
  const { id, version } = input;
  const fields = bookFields(input);
  return db.$transaction(async (tx) => {
    await assertCampaignsExist(tx, fields.campaignIds);
    const before = await tx.bookDistribution.findFirst({ where: { id, deletedAt: null }, select: bookSelect });
    if (!before) throw notFound();
    const { count } = await tx.bookDistribution.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...fields, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) {
      const saved = await tx.bookDistribution.findUniqueOrThrow({ where: { id }, select: savedStamp });
      throw await staleVersion(tx, { entity: "BookDistribution", id, loaded: version, current: before, saved, fields: bookLabels });
    }
    const after = await tx.bookDistribution.findUniqueOrThrow({ where: { id }, select: bookSelect });
    await writeAudit(tx, { actor: user, action: "UPDATE", entity: "BookDistribution", entityId: id, before, after });
    return { id };
  });
}
