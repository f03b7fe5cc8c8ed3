import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { LedgerDefinition } from "@/lib/ledger/registry";
import { studyListQuerySchema } from "./schema";
import { studyWhere } from "./service";

/** 理论学习台账: every session the list shows under the same filters, with who spoke and who sat in. */
export const studyLedger: LedgerDefinition = {
  permission: "records.read",
  async load(user: CurrentUser, params: URLSearchParams) {
    const query = studyListQuerySchema.parse(Object.fromEntries(params));
    const [t, sessions] = await Promise.all([
      getTranslations(),
      db.studySession.findMany({
        where: await studyWhere(user, query),
        select: {
          date: true,
          level: true,
          kind: true,
          topic: true,
          place: true,
          durationMinutes: true,
          content: true,
          outsideAttendeeCount: true,
          orgUnit: { select: { name: true } },
          _count: { select: { attendees: true } },
          nonVoting: { select: { name: true, tag: true }, orderBy: { id: "asc" } },
          speeches: { select: { speakerName: true, tag: true, topic: true }, orderBy: { id: "asc" } },
        },
        orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      }),
    ]);
    return {
      fileName: `${t("study.ledgerFile")}${formatCalendarDate(todayInOrgan())}`,
      sheets: [
        {
          name: t("study.title"),
          columns: [
            { header: t("study.date"), key: "date", kind: "date", width: 12 },
            { header: t("study.level"), key: "level", width: 18 },
            { header: t("study.kind"), key: "kind", width: 18 },
            { header: t("study.topic"), key: "topic", width: 36 },
            { header: t("study.place"), key: "place", width: 16 },
            { header: t("study.duration"), key: "durationMinutes", kind: "number" },
            { header: t("study.attendees"), key: "attendees", kind: "number" },
            { header: t("study.nonVoting"), key: "nonVoting", width: 24 },
            { header: t("study.youthReps"), key: "youth", kind: "number" },
            { header: t("study.speechCountHeader"), key: "speechCount", kind: "number" },
            { header: t("study.speeches"), key: "speeches", width: 40 },
            { header: t("study.content"), key: "content", width: 40 },
          ],
          rows: sessions.map((session) => ({
            date: session.date,
            level: session.orgUnit?.name ?? t("study.levels.PARTY_GROUP"),
            kind: t(`study.kinds.${session.kind}`),
            topic: session.topic,
            place: session.place,
            durationMinutes: session.durationMinutes,
            attendees: session._count.attendees + session.outsideAttendeeCount,
            nonVoting: session.nonVoting.map((row) => `${row.name}（${t(`study.nonVotingTags.${row.tag}`)}）`).join("、"),
            youth: session.nonVoting.filter((row) => row.tag === "YOUTH_REP").length,
            speechCount: session.speeches.length,
            speeches: session.speeches
              .map((speech) => `${speech.speakerName}（${t(`study.speakerTags.${speech.tag}`)}）${speech.topic ? `：${speech.topic}` : ""}`)
              .join("；"),
            content: session.content,
          })),
        },
      ],
    };
  },
};
