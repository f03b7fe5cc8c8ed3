import "server-only";
import { getTranslations } from "next-intl/server";
import type { LedgerDefinition } from "@/lib/ledger/registry";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { auditLogsForExport, auditQuerySchema } from "./queries";

const timeFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "medium" });

/** The audit log as the audit administrator filtered it (the download itself is audited as EXPORT). */
export const auditLedger: LedgerDefinition = {
  permission: "audit.read",
  async load(_user, params) {
    const query = auditQuerySchema.parse(Object.fromEntries(params));
    const [rows, t] = await Promise.all([auditLogsForExport(query), getTranslations()]);
    return {
      fileName: `${t("admin.auditTitle")}${formatCalendarDate(todayInOrgan())}`,
      sheets: [
        {
          name: t("admin.auditTitle"),
          columns: [
            { header: "ID", key: "id", width: 10 },
            { header: t("admin.at"), key: "at", width: 20 },
            { header: t("admin.actor"), key: "actorName", width: 14 },
            { header: t("admin.role"), key: "role", width: 12 },
            { header: t("admin.action"), key: "action", width: 14 },
            { header: t("admin.entity"), key: "entity", width: 16 },
            { header: t("admin.entityId"), key: "entityId", width: 28 },
            { header: t("admin.ip"), key: "ip", width: 16 },
            { header: t("admin.before"), key: "before", width: 40 },
            { header: t("admin.after"), key: "after", width: 40 },
            { header: "SM3", key: "hash", width: 66 },
          ],
          rows: rows.map((row) => ({
            ...row,
            at: timeFormat.format(row.at),
            role: row.actorRole ? t(`roles.${row.actorRole}`) : "",
            action: t.has(`audit.${row.action}`) ? t(`audit.${row.action}`) : row.action,
            before: row.before ? JSON.stringify(row.before) : "",
            after: row.after ? JSON.stringify(row.after) : "",
          })),
        },
      ],
    };
  },
};
