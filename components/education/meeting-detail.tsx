import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CalendarDays } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatCalendarDate } from "@/lib/dates";
import type { MeetingDetail as Detail } from "@/lib/org-life/service";
import type { AttachmentItem } from "@/components/attachments/attachment-panel";
import { DetailCard, EvidenceCard, Facts, LongText, RecordActions } from "./detail-parts";

/** The unit's name as people say it: "业务一处党支部 · 第一党小组" for a group. */
export function meetingUnitName(unit: { name: string; type: string; parent: { name: string } | null }): string {
  return unit.type === "GROUP" && unit.parent ? `${unit.parent.name} · ${unit.name}` : unit.name;
}

export async function MeetingDetail({ user, meeting, attachments }: { user: CurrentUser; meeting: Detail; attachments: AttachmentItem[] }) {
  const t = await getTranslations();
  const expected = meeting.attendance.filter((row) => row.role === "EXPECTED");
  const present = expected.filter((row) => row.status === "PRESENT");
  const absent = expected.filter((row) => row.status === "ABSENT");
  const nonVoting = meeting.attendance.filter((row) => row.role === "NON_VOTING");
  const branchId = meeting.orgUnit.type === "GROUP" ? meeting.orgUnit.parent?.id : meeting.orgUnit.id;
  const month = formatCalendarDate(meeting.date).slice(0, 7);
  // Reading a branch's meeting proves the branch is in scope: writing needs the permission only.
  const canEdit = can(user.role, "records.write");
  return (
    <div className="grid gap-4">
      <PageHeader
        title={meeting.topic}
        description={[meetingUnitName(meeting.orgUnit), t(`orgLife.kinds.${meeting.kind}`), formatCalendarDate(meeting.date)].join(" · ")}
        actions={
          <>
            <Button asChild variant="outline" size="sm">
              <Link href={`/education/org-life/calendar?branch=${branchId}&month=${month}`}>
                <CalendarDays aria-hidden />
                {t("orgLife.calendar")}
              </Link>
            </Button>
            {canEdit ? (
              <RecordActions
                type="OrgLifeMeeting"
                id={meeting.id}
                name={meeting.topic}
                editHref={`/education/org-life/${meeting.id}/edit`}
                listHref="/education/org-life"
                editLabel={t("common.edit")}
              />
            ) : null}
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <DetailCard title={t("common.details")}>
          <Facts
            items={[
              { label: t("orgLife.kind"), value: t(`orgLife.kinds.${meeting.kind}`) },
              { label: t("orgLife.unit"), value: meetingUnitName(meeting.orgUnit) },
              { label: t("orgLife.date"), value: formatCalendarDate(meeting.date) },
              { label: t("orgLife.host"), value: meeting.hostName },
              {
                label: t("orgLife.studiedBusiness"),
                value: meeting.kind === "COMMITTEE_MEETING" ? (meeting.studiedBusiness ? t("common.yes") : t("common.no")) : null,
              },
              { label: t("orgLife.lecturer"), value: meeting.lecturerName },
              { label: t("orgLife.lecturerType"), value: meeting.lecturerType ? t(`orgLife.lecturerTypes.${meeting.lecturerType}`) : null },
              { label: t("orgLife.attendance"), value: t("orgLife.expectedSummary", { expected: meeting.expectedCount, present: present.length }) },
            ]}
          />
        </DetailCard>
        <DetailCard title={t("orgLife.attendance")}>
          <div className="grid gap-3 text-sm">
            <p>
              <span className="text-muted-foreground">{t("orgLife.present")}（{present.length}）：</span>
              {present.map((row) => row.memberName).join("、") || t("common.none")}
            </p>
            <div>
              <p className="text-muted-foreground">
                {t("orgLife.absentees")}（{absent.length}）
              </p>
              {absent.length === 0 ? (
                <p>{t("orgLife.noAbsentees")}</p>
              ) : (
                <ul className="mt-1 grid gap-1">
                  {absent.map((row, index) => (
                    <li key={index} className="flex flex-wrap items-center gap-2">
                      {row.memberName}
                      <Badge variant="warning">{t(`orgLife.reasons.${row.absenceReason ?? "OTHER"}`)}</Badge>
                      {row.note ? <span className="text-muted-foreground">{row.note}</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            {nonVoting.length ? (
              <p>
                <span className="text-muted-foreground">{t("orgLife.nonVoting")}（{nonVoting.length}）：</span>
                {nonVoting.map((row) => (row.note ? `${row.memberName}（${row.note}）` : row.memberName)).join("、")}
              </p>
            ) : null}
          </div>
        </DetailCard>
        {meeting.minutes ? (
          <div className="lg:col-span-2">
            <DetailCard title={t("orgLife.minutes")}>
              <LongText>{meeting.minutes}</LongText>
            </DetailCard>
          </div>
        ) : null}
      </div>
      <EvidenceCard type="OrgLifeMeeting" id={meeting.id} attachments={attachments} canEdit={canEdit} />
    </div>
  );
}
