import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/service";
import { uploadAttachments } from "@/lib/attachments/service";
import type { CurrentUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { notFound, validationError } from "@/lib/errors";
import { assertCanWriteUnit, branchScope } from "@/lib/org/scope";
import { msg } from "@/lib/validation";
import type { SubmitDocumentInput } from "./schema";

// 报送事项: the Party office asks all or some branches for a document by a date; each branch's
// secretary submits it with its files; the tracker shows who has submitted, who is late.

export const SUBMISSION_STATES = ["SUBMITTED", "SUBMITTED_LATE", "PENDING", "OVERDUE"] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export interface TrackerRow {
  orgUnitId: string;
  branchName: string;
  submissionId: string | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  note: string | null;
  files: number;
  state: SubmissionState;
}

/**
 * Each branch asked by a request with its state, as of `today` (Asia/Shanghai): submitted on time,
 * submitted after the due date, pending, or overdue (the due date passed with nothing submitted).
 * A submission's day is its day in Asia/Shanghai, so one made at 07:00 there on the due date is on time.
 */
function trackerSql(requestId: string, today: Date) {
  return Prisma.sql`
    SELECT u.id AS "orgUnitId", u.name AS "branchName", s.id AS "submissionId", s."submittedAt", s.note,
      sb."displayName" AS "submittedBy",
      (SELECT count(*)::int FROM "Attachment" a WHERE a."recordType" = 'Submission' AND a."recordId" = s.id AND a."deletedAt" IS NULL) AS files,
      CASE
        WHEN s.id IS NOT NULL AND (s."submittedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date > r."dueDate" THEN 'SUBMITTED_LATE'
        WHEN s.id IS NOT NULL THEN 'SUBMITTED'
        WHEN ${formatCalendarDate(today)}::date > r."dueDate" THEN 'OVERDUE'
        ELSE 'PENDING'
      END AS state
    FROM "SubmissionRequest" r
    JOIN "OrgUnit" u ON u.type = 'BRANCH' AND u."deletedAt" IS NULL AND (coalesce(cardinality(r."orgUnitIds"), 0) = 0 OR u.id = ANY(r."orgUnitIds"))
    LEFT JOIN "Submission" s ON s."requestId" = r.id AND s."orgUnitId" = u.id
    LEFT JOIN "User" sb ON sb.id = s."submittedById"
    WHERE r.id = ${requestId} AND r."deletedAt" IS NULL`;
}

/**
 * The tracker of one request: the branches the user may see (a secretary their own) and the
 * count of every state over all branches asked, so a secretary sees the others only as figures.
 */
export async function submissionTracker(user: CurrentUser, requestId: string, now: Date = new Date()) {
  const scope = await branchScope(user);
  const today = todayInOrgan(now);
  const visible = scope.kind === "all" ? Prisma.sql`TRUE` : Prisma.sql`t."orgUnitId" IN (${Prisma.join(scope.unitIds)})`;
  const [rows, counts] = await Promise.all([
    db.$queryRaw<TrackerRow[]>(Prisma.sql`SELECT t.* FROM (${trackerSql(requestId, today)}) t JOIN "OrgUnit" o ON o.id = t."orgUnitId" WHERE ${visible} ORDER BY o."sortOrder", o.name`),
    db.$queryRaw<{ state: SubmissionState; count: number }[]>(Prisma.sql`SELECT t.state, count(*)::int AS count FROM (${trackerSql(requestId, today)}) t GROUP BY t.state`),
  ]);
  const totals = Object.fromEntries(SUBMISSION_STATES.map((state) => [state, counts.find((row) => row.state === state)?.count ?? 0])) as Record<SubmissionState, number>;
  const files = await db.attachment.findMany({
    where: { recordType: "Submission", recordId: { in: rows.flatMap((row) => (row.submissionId ? [row.submissionId] : [])) }, deletedAt: null },
    select: { id: true, recordId: true, fileName: true },
    orderBy: { createdAt: "asc" },
  });
  return { rows, totals, files };
}

/** Whether the request asks this branch; refuses a request that does not exist or was deleted. */
async function assertAsked(requestId: string, orgUnitId: string) {
  const request = await db.submissionRequest.findFirst({ where: { id: requestId, deletedAt: null }, select: { orgUnitIds: true } });
  if (!request) throw notFound();
  if (request.orgUnitIds.length > 0 && !request.orgUnitIds.includes(orgUnitId)) throw validationError({ orgUnitId: [msg("managementBranchNotAsked")] });
}

/**
 * A branch submits its document: the submission is recorded with its files in one step. A branch
 * that already submitted adds the files to its submission (a corrected version), keeping the
 * original date. Files are checked by the attachments kit; when they are refused, a submission
 * created for them is taken back, so no branch reads as submitted without a document.
 */
export async function submitDocument(user: CurrentUser, input: SubmitDocumentInput) {
  await assertCanWriteUnit(user, input.orgUnitId);
  await assertAsked(input.requestId, input.orgUnitId);
  const existing = await db.submission.findUnique({ where: { requestId_orgUnitId: { requestId: input.requestId, orgUnitId: input.orgUnitId } }, select: { id: true } });
  const submission =
    existing ??
    (await db.$transaction(async (tx) => {
      const created = await tx.submission.create({
        data: { requestId: input.requestId, orgUnitId: input.orgUnitId, note: input.note, submittedById: user.id },
        select: { id: true, requestId: true, orgUnitId: true, note: true, submittedAt: true },
      });
      await writeAudit(tx, { actor: user, action: "CREATE", entity: "Submission", entityId: created.id, after: created });
      return created;
    }));
  try {
    await uploadAttachments(user, { recordType: "Submission", recordId: submission.id, files: input.files });
  } catch (error) {
    if (!existing) {
      await db.$transaction(async (tx) => {
        await tx.submission.delete({ where: { id: submission.id } });
        await writeAudit(tx, { actor: user, action: "DELETE", entity: "Submission", entityId: submission.id, before: { requestId: input.requestId, orgUnitId: input.orgUnitId, reason: "files refused" } });
      });
    }
    throw error;
  }
  return { id: submission.id };
}

