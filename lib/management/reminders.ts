import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { Sweep } from "@/lib/jobs/sweeps";
import { notify, type NewNotification } from "@/lib/notifications/service";
import { organTranslator } from "@/lib/org-life/reminders";

// Reminders of the management pillar, run by the sweeps (lib/jobs/sweeps.ts). Each notification
// carries a dedupe key naming what it is about, so repeated or concurrent runs send it once.

/** How long before a committee's term ends its 换届 is announced. */
export const TERM_REMINDER_MONTHS = 3;
/** How many days before a submission is due a branch that has not submitted is reminded. */
export const SUBMISSION_REMINDER_DAYS = 3;

/**
 * From three months before a committee term ends until it ends, the branch's secretary and the
 * Party office are told the 换届 is due: once per term.
 */
export const committeeTermReminderSweep: Sweep = {
  name: "management.committeeTerms",
  async run(now: Date) {
    const today = formatCalendarDate(todayInOrgan(now));
    const terms = await db.$queryRaw<{ id: string; orgUnitId: string; branchName: string; endDate: Date }[]>(Prisma.sql`
      SELECT t.id, t."orgUnitId", u.name AS "branchName", t."endDate"
      FROM "CommitteeTerm" t JOIN "OrgUnit" u ON u.id = t."orgUnitId" AND u."deletedAt" IS NULL
      WHERE t."deletedAt" IS NULL
        AND ${today}::date >= (t."endDate" - make_interval(months => ${TERM_REMINDER_MONTHS}))::date
        AND ${today}::date <= t."endDate"`);
    if (terms.length === 0) return { notified: 0 };
    const recipients = await db.user.findMany({
      where: { active: true, OR: [{ role: "PARTY_OFFICE" }, { role: "SECRETARY", branchId: { in: terms.map((term) => term.orgUnitId) } }] },
      select: { id: true, role: true, branchId: true },
    });
    const t = organTranslator();
    const notifications: NewNotification[] = terms.flatMap((term) =>
      recipients
        .filter((user) => user.role === "PARTY_OFFICE" || user.branchId === term.orgUnitId)
        .map((user) => ({
          userId: user.id,
          kind: "management.termEnding",
          level: "YELLOW" as const,
          title: t("management.reminders.termTitle", { branch: term.branchName }),
          body: t("management.reminders.termBody", { branch: term.branchName, end: formatCalendarDate(term.endDate) }),
          link: `/management/committee-terms/${term.id}`,
          recordType: "CommitteeTerm" as const,
          recordId: term.id,
          dedupeKey: `management.termEnding:${term.id}`,
        })),
    );
    return { notified: await notify(db, notifications) };
  },
};

/**
 * Branches that have not submitted a requested document: reminded when it is due within three
 * days, and again once it is overdue; once per request, branch and stage.
 */
export const submissionReminderSweep: Sweep = {
  name: "management.submissions",
  async run(now: Date) {
    const today = formatCalendarDate(todayInOrgan(now));
    const missing = await db.$queryRaw<{ requestId: string; title: string; dueDate: Date; orgUnitId: string; stage: "DUE_SOON" | "OVERDUE" }[]>(Prisma.sql`
      SELECT r.id AS "requestId", r.title, r."dueDate", u.id AS "orgUnitId",
        CASE WHEN ${today}::date > r."dueDate" THEN 'OVERDUE' ELSE 'DUE_SOON' END AS stage
      FROM "SubmissionRequest" r
      JOIN "OrgUnit" u ON u.type = 'BRANCH' AND u."deletedAt" IS NULL AND (coalesce(cardinality(r."orgUnitIds"), 0) = 0 OR u.id = ANY(r."orgUnitIds"))
      WHERE r."deletedAt" IS NULL
        AND r."dueDate" - ${SUBMISSION_REMINDER_DAYS}::int <= ${today}::date
        AND NOT EXISTS (SELECT 1 FROM "Submission" s WHERE s."requestId" = r.id AND s."orgUnitId" = u.id)`);
    if (missing.length === 0) return { notified: 0 };
    const secretaries = await db.user.findMany({
      where: { active: true, role: "SECRETARY", branchId: { in: [...new Set(missing.map((row) => row.orgUnitId))] } },
      select: { id: true, branchId: true },
    });
    const t = organTranslator();
    const notifications: NewNotification[] = missing.flatMap((row) =>
      secretaries
        .filter((secretary) => secretary.branchId === row.orgUnitId)
        .map((secretary) => ({
          userId: secretary.id,
          kind: "management.submissionDue",
          level: row.stage === "OVERDUE" ? ("RED" as const) : ("YELLOW" as const),
          title: t(`management.reminders.submission${row.stage === "OVERDUE" ? "Overdue" : "DueSoon"}`, { title: row.title }),
          body: t("management.reminders.submissionBody", { title: row.title, due: formatCalendarDate(row.dueDate) }),
          link: `/management/submission-requests/${row.requestId}`,
          recordType: "SubmissionRequest" as const,
          recordId: row.requestId,
          dedupeKey: `management.submission:${row.requestId}:${row.orgUnitId}:${row.stage}`,
        })),
    );
    return { notified: await notify(db, notifications) };
  },
};
