import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { LedgerDefinition } from "@/lib/ledger/registry";
import { activityListQuerySchema } from "./schema";
import { activityWhere } from "./service";

/** 主题活动台账: the activities the list shows under the same filters. */
export const activitiesLedger: LedgerDefinition = {
  permission: "records.read",
  async load(user: CurrentUser, params: URLSearchParams) {
    const query = activityListQuerySchema.parse(Object.fromEntries(params));
    const [t, activities] = await Promise.all([
      getTranslations(),
      db.themedActivity.findMany({
        where: await activityWhere(user, query),
        select: {
          date: true,
          kind: true,
          title: true,
          organiser: true,
          participantCount: true,
          entryCount: true,
          outcome: true,
          orgUnit: { select: { name: true } },
          vehicle: { select: { name: true } },
        },
        orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      }),
    ]);
    return {
      fileName: `${t("activities.ledgerFile")}${formatCalendarDate(todayInOrgan())}`,
      sheets: [
        {
          name: t("activities.title"),
          columns: [
            { header: t("activities.date"), key: "date", kind: "date", width: 12 },
            { header: t("activities.branch"), key: "unit", width: 18 },
            { header: t("activities.vehicle"), key: "vehicle", width: 20 },
            { header: t("activities.kind"), key: "kind", width: 18 },
            { header: t("activities.activityTitle"), key: "title", width: 36 },
            { header: t("activities.organiser"), key: "organiser", width: 14 },
            { header: t("activities.participants"), key: "participantCount", kind: "number" },
            { header: t("activities.entries"), key: "entryCount", kind: "number" },
            { header: t("activities.outcome"), key: "outcome", width: 40 },
          ],
          rows: activities.map((activity) => ({
            ...activity,
            unit: activity.orgUnit?.name ?? t("activities.organLevel"),
            vehicle: activity.vehicle?.name,
            kind: t(`activities.kinds.${activity.kind}`),
          })),
        },
      ],
    };
  },
};
