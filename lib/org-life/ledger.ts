import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { LedgerDefinition } from "@/lib/ledger/registry";
import { meetingListQuerySchema } from "./schema";
import { meetingWhere } from "./service";

/** 组织生活台账: the meetings the list shows under the same filters, with attendance as on the day. */
export const orgLifeLedger: LedgerDefinition = {
  permission: "records.read",
  async load(user: CurrentUser, params: URLSearchParams) {
    const query = meetingListQuerySchema.parse(Object.fromEntries(params));
    const [t, meetings] = await Promise.all([
      getTranslations(),
      db.orgLifeMeeting.findMany({
        where: await meetingWhere(user, query),
        select: {
          date: true,
          kind: true,
          topic: true,
          hostName: true,
          minutes: true,
          studiedBusiness: true,
          lecturerName: true,
          lecturerType: true,
          expectedCount: true,
          orgUnit: { select: { name: true, type: true, parent: { select: { name: true } } } },
          attendance: { select: { memberName: true, role: true, status: true, absenceReason: true }, orderBy: { memberName: "asc" } },
        },
        orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      }),
    ]);
    return {
      fileName: `${t("orgLife.ledgerFile")}${formatCalendarDate(todayInOrgan())}`,
      sheets: [
        {
          name: t("orgLife.title"),
          columns: [
            { header: t("orgLife.date"), key: "date", kind: "date", width: 12 },
            { header: t("orgLife.branch"), key: "branch", width: 18 },
            { header: t("orgLife.group"), key: "group", width: 12 },
            { header: t("orgLife.kind"), key: "kind", width: 14 },
            { header: t("orgLife.topic"), key: "topic", width: 36 },
            { header: t("orgLife.host"), key: "hostName", width: 10 },
            { header: t("orgLife.expected"), key: "expected", kind: "number" },
            { header: t("orgLife.present"), key: "present", kind: "number" },
            { header: t("orgLife.absentees"), key: "absentees", width: 30 },
            { header: t("orgLife.nonVoting"), key: "nonVoting", width: 20 },
            { header: t("orgLife.studiedBusiness"), key: "studiedBusiness", kind: "boolean" },
            { header: t("orgLife.lecturer"), key: "lecturerName", width: 10 },
            { header: t("orgLife.lecturerType"), key: "lecturerType", width: 16 },
            { header: t("orgLife.minutes"), key: "minutes", width: 40 },
          ],
          rows: meetings.map((meeting) => {
            const expected = meeting.attendance.filter((row) => row.role === "EXPECTED");
            const group = meeting.orgUnit.type === "GROUP";
            return {
              date: meeting.date,
              branch: group ? meeting.orgUnit.parent?.name : meeting.orgUnit.name,
              group: group ? meeting.orgUnit.name : null,
              kind: t(`orgLife.kinds.${meeting.kind}`),
              topic: meeting.topic,
              hostName: meeting.hostName,
              expected: meeting.expectedCount,
              present: expected.filter((row) => row.status === "PRESENT").length,
              absentees: expected
                .filter((row) => row.status === "ABSENT")
                .map((row) => `${row.memberName}（${t(`orgLife.reasons.${row.absenceReason ?? "OTHER"}`)}）`)
                .join("、"),
              nonVoting: meeting.attendance.filter((row) => row.role === "NON_VOTING").map((row) => row.memberName).join("、"),
              // Only a 支委会 says whether it studied business work; the cell is empty for the others.
              studiedBusiness: meeting.kind === "COMMITTEE_MEETING" ? meeting.studiedBusiness : null,
              lecturerName: meeting.lecturerName,
              lecturerType: meeting.lecturerType ? t(`orgLife.lecturerTypes.${meeting.lecturerType}`) : null,
              minutes: meeting.minutes,
            };
          }),
        },
      ],
    };
  },
};
