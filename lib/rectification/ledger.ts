import "server-only";
import { getTranslations } from "next-intl/server";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { LedgerDefinition } from "@/lib/ledger/registry";
import { boardQuerySchema } from "./schema";
import { rectificationLedgerRows } from "./service";

// 整改台账: the board's or list's items with the filters in the URL, one row per item.
export const rectificationLedger: LedgerDefinition = {
  permission: "records.read",
  async load(user, params) {
    const query = boardQuerySchema.parse(Object.fromEntries(params));
    const [rows, t] = await Promise.all([rectificationLedgerRows(user, query), getTranslations("rectification")]);
    return {
      fileName: `${t("ledger.title")}${formatCalendarDate(todayInOrgan())}`,
      sheets: [
        {
          name: t("ledger.title"),
          columns: [
            { header: t("fields.problem"), key: "problem", width: 40 },
            { header: t("fields.measures"), key: "measures", width: 40 },
            { header: t("fields.source"), key: "source", width: 14 },
            { header: t("fields.plan"), key: "plan", width: 24 },
            { header: t("fields.class"), key: "class", width: 10 },
            { header: t("fields.branch"), key: "unit", width: 20 },
            { header: t("fields.responsibleLeader"), key: "leader", width: 10 },
            { header: t("fields.owner"), key: "owner", width: 10 },
            { header: t("fields.verifier"), key: "verifier", width: 10 },
            { header: t("fields.deadline"), key: "deadline", kind: "date", width: 12 },
            { header: t("fields.status"), key: "status", width: 10 },
            { header: t("fields.escalation"), key: "escalation", width: 10 },
            { header: t("fields.closedOn"), key: "closedOn", kind: "date", width: 12 },
            { header: t("fields.checkIns"), key: "checkIns", kind: "number" },
          ],
          rows: rows.map((row) => ({
            problem: row.problem,
            measures: row.measures,
            source: t(`sources.${row.source}`),
            plan: row.plan?.title ?? null,
            class: t(`classes.${row.class}`),
            unit: row.orgUnit?.name ?? row.department,
            leader: row.responsibleLeader?.displayName ?? null,
            owner: row.owner.displayName,
            verifier: row.verifier.displayName,
            deadline: row.deadline,
            status: t(`statuses.${row.status}`),
            escalation: row.escalation ? t(`escalation.${row.escalation}`) : null,
            closedOn: row.closedOn,
            checkIns: row._count.checkIns,
          })),
        },
      ],
    };
  },
};
