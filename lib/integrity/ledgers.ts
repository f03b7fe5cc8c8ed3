import "server-only";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { listCampaignOptions } from "@/lib/campaigns/service";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { LedgerDefinition } from "@/lib/ledger/registry";
import { supervisionCheckLedgerRows } from "./checks";
import { organiserLabel, subtypeLabel } from "./labels";
import { checkListQuerySchema, integrityListQuerySchema } from "./schema";
import { integrityLedgerRows } from "./service";

// The integrity lists as Excel ledgers (台账): the list's own query with the list's filters from
// the URL, so the file holds exactly the rows the user was looking at — protected talks blanked
// the same way as on the page.

/** Campaign names by id, for a ledger's campaign column (also the mass ledger's). */
export async function campaignNamer(user: CurrentUser) {
  const names = new Map((await listCampaignOptions(user)).map((campaign) => [campaign.id, campaign.name]));
  return (ids: string[]) => ids.map((id) => names.get(id)).filter((name): name is string => Boolean(name));
}

export const integrityActivityLedger: LedgerDefinition = {
  permission: "records.read",
  async load(user, params) {
    const query = integrityListQuerySchema.parse(Object.fromEntries(params));
    const [rows, campaignsOf, t] = await Promise.all([integrityLedgerRows(user, query), campaignNamer(user), getTranslations("integrity")]);
    return {
      fileName: `${t("activities.title")}${formatCalendarDate(todayInOrgan())}`,
      sheets: [
        {
          name: t("activities.title"),
          columns: [
            { header: t("fields.date"), key: "date", kind: "date", width: 12 },
            { header: t("fields.kind"), key: "kind", width: 16 },
            { header: t("fields.subtype"), key: "subtype", width: 16 },
            { header: t("fields.title"), key: "title", width: 36 },
            { header: t("fields.organiserLevel"), key: "organiserLevel", width: 10 },
            { header: t("fields.recordedBy"), key: "recordedBy", width: 18 },
            { header: t("fields.talker"), key: "talker", width: 14 },
            { header: t("fields.talkee"), key: "talkee", width: 18 },
            { header: t("fields.lettersSigned"), key: "lettersSigned", kind: "number" },
            { header: t("fields.peopleReached"), key: "peopleReached", kind: "number" },
            { header: t("fields.participantCount"), key: "participantCount", kind: "number" },
            { header: t("fields.content"), key: "content", width: 40 },
            { header: t("fields.campaigns"), key: "campaigns", width: 20 },
          ],
          rows: rows.map((row) => ({
            ...row,
            kind: t(`kinds.${row.kind}`),
            subtype: subtypeLabel(row, t),
            title: row.redacted ? t("activities.protected") : row.title,
            organiserLevel: t(`levels.${row.organiserLevel}`),
            recordedBy: organiserLabel(row, t),
            participantCount: row.participantCount || null,
            campaigns: campaignsOf(row.campaignIds),
          })),
        },
      ],
    };
  },
};

export const supervisionCheckLedger: LedgerDefinition = {
  permission: "records.read",
  async load(user, params) {
    const query = checkListQuerySchema.parse(Object.fromEntries(params));
    const [rows, campaignsOf, t] = await Promise.all([supervisionCheckLedgerRows(user, query), campaignNamer(user), getTranslations("integrity")]);
    return {
      fileName: `${t("checks.title")}${formatCalendarDate(todayInOrgan())}`,
      sheets: [
        {
          name: t("checks.title"),
          columns: [
            { header: t("checks.date"), key: "date", kind: "date", width: 12 },
            { header: t("checks.kind"), key: "kind", width: 22 },
            { header: t("checks.target"), key: "target", width: 36 },
            { header: t("checks.level"), key: "unit", width: 22 },
            { header: t("checks.findings"), key: "findings", width: 40 },
            { header: t("fields.campaigns"), key: "campaigns", width: 20 },
          ],
          rows: rows.map((row) => ({
            ...row,
            kind: t(`checkKinds.${row.kind}`),
            unit: row.orgUnit?.name ?? t("checks.organLevel"),
            campaigns: campaignsOf(row.campaignIds),
          })),
        },
      ],
    };
  },
};
