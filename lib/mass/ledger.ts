import "server-only";
import { getTranslations } from "next-intl/server";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { campaignNamer } from "@/lib/integrity/ledgers";
import type { LedgerDefinition } from "@/lib/ledger/registry";
import { massListQuerySchema } from "./schema";
import { massActivityLedgerRows } from "./service";

/** 群团活动台账: the activity list with its filters from the URL. */
export const massActivityLedger: LedgerDefinition = {
  permission: "records.read",
  async load(user, params) {
    const query = massListQuerySchema.parse(Object.fromEntries(params));
    const [rows, campaignsOf, t] = await Promise.all([massActivityLedgerRows(user, query), campaignNamer(user), getTranslations("mass")]);
    return {
      fileName: `${t("activities.title")}${formatCalendarDate(todayInOrgan())}`,
      sheets: [
        {
          name: t("activities.title"),
          columns: [
            { header: t("fields.date"), key: "date", kind: "date", width: 12 },
            { header: t("fields.kind"), key: "kind", width: 18 },
            { header: t("fields.title"), key: "title", width: 36 },
            { header: t("fields.recordedBy"), key: "recordedBy", width: 18 },
            { header: t("fields.organization"), key: "organization", width: 22 },
            { header: t("fields.festival"), key: "festival", width: 10 },
            { header: t("fields.services"), key: "services", width: 24 },
            { header: t("fields.peopleServed"), key: "peopleServed", kind: "number" },
            { header: t("fields.organiser"), key: "organiser", width: 18 },
            { header: t("fields.participantCount"), key: "participantCount", kind: "number" },
            { header: t("fields.outcome"), key: "outcome", width: 40 },
            { header: t("activities.campaigns"), key: "campaigns", width: 20 },
          ],
          rows: rows.map((row) => ({
            ...row,
            kind: t(`kinds.${row.kind}`),
            recordedBy: row.orgUnit?.name ?? t("fields.organLevel"),
            organization: row.organization?.name,
            services: row.services.map((service) => t(`services.${service}`)),
            participantCount: row.participantCount || null,
            campaigns: campaignsOf(row.campaignIds),
          })),
        },
      ],
    };
  },
};
