import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { LedgerDefinition } from "@/lib/ledger/registry";
import { deadlineState } from "./deadline";
import { bookListQuerySchema, taskListQuerySchema } from "./schema";
import { bookWhere, taskWhere } from "./service";

/** 学习清单台账: the year's tasks under the list's filters, overdue days counted today in Asia/Shanghai. */
export const checklistLedger: LedgerDefinition = {
  permission: "records.read",
  async load(user: CurrentUser, params: URLSearchParams) {
    const query = taskListQuerySchema.parse(Object.fromEntries(params));
    const today = todayInOrgan();
    const year = query.year ?? today.getUTCFullYear();
    const [t, tasks] = await Promise.all([
      getTranslations(),
      db.studyTask.findMany({
        where: await taskWhere(user, year, query, today),
        select: {
          content: true,
          deadline: true,
          leadUnit: true,
          responsibleUnits: true,
          status: true,
          completedOn: true,
          form: { select: { name: true } },
          sessions: { where: { session: { deletedAt: null } }, select: { session: { select: { date: true, topic: true } } } },
        },
        orderBy: [{ form: { sortOrder: "asc" } }, { deadline: "asc" }, { createdAt: "asc" }],
      }),
    ]);
    return {
      fileName: `${year}${t("checklist.ledgerFile")}${formatCalendarDate(today)}`,
      sheets: [
        {
          name: t("checklist.tasks"),
          columns: [
            { header: t("checklist.form"), key: "form", width: 18 },
            { header: t("checklist.content"), key: "content", width: 40 },
            { header: t("checklist.deadline"), key: "deadline", kind: "date", width: 12 },
            { header: t("checklist.leadUnit"), key: "leadUnit", width: 14 },
            { header: t("checklist.responsibleUnits"), key: "responsibleUnits", width: 24 },
            { header: t("checklist.status"), key: "status", width: 10 },
            { header: t("checklist.completedOn"), key: "completedOn", kind: "date", width: 12 },
            { header: t("checklist.overdueHeader"), key: "overdueDays", kind: "number" },
            { header: t("checklist.sessions"), key: "sessions", width: 40 },
          ],
          rows: tasks.map((task) => {
            const state = deadlineState(task, today);
            return {
              form: task.form.name,
              content: task.content,
              deadline: task.deadline,
              leadUnit: task.leadUnit,
              responsibleUnits: task.responsibleUnits,
              status: t(`checklist.statuses.${state.kind === "overdue" ? "OVERDUE" : task.status}`),
              completedOn: task.completedOn,
              overdueDays: state.kind === "overdue" ? state.days : null,
              sessions: task.sessions.map((link) => `${formatCalendarDate(link.session.date)} ${link.session.topic}`),
            };
          }),
        },
      ],
    };
  },
};

/** 发放书目台账: the book list under its filters. */
export const booksLedger: LedgerDefinition = {
  permission: "records.read",
  async load(user: CurrentUser, params: URLSearchParams) {
    const query = bookListQuerySchema.parse(Object.fromEntries(params));
    const [t, books] = await Promise.all([
      getTranslations(),
      db.bookDistribution.findMany({
        where: await bookWhere(user, query),
        select: { date: true, title: true, copies: true, recipients: true },
        orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      }),
    ]);
    return {
      fileName: `${t("checklist.booksLedgerFile")}${formatCalendarDate(todayInOrgan())}`,
      sheets: [
        {
          name: t("checklist.books"),
          columns: [
            { header: t("checklist.date"), key: "date", kind: "date", width: 12 },
            { header: t("checklist.bookTitle"), key: "title", width: 40 },
            { header: t("checklist.copies"), key: "copies", kind: "number" },
            { header: t("checklist.recipients"), key: "recipients", width: 30 },
          ],
          rows: books,
        },
      ],
    };
  },
};
