import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import type { CurrentUser } from "@/lib/auth/session";
import { formatCalendarDate } from "@/lib/dates";
import { canEditReadableRecord } from "@/lib/org/record-access";
import type { StudySessionDetail as Detail } from "@/lib/study/service";
import type { AttachmentItem } from "@/components/attachments/attachment-panel";
import { DetailCard, EvidenceCard, Facts, LongText, RecordActions } from "./detail-parts";

export async function StudySessionDetail({ user, session, attachments }: { user: CurrentUser; session: Detail; attachments: AttachmentItem[] }) {
  const t = await getTranslations();
  const canEdit = canEditReadableRecord(user.role, session.orgUnitId);
  const levelLabel = session.orgUnit?.name ?? t("study.levels.PARTY_GROUP");
  return (
    <div className="grid gap-4">
      <PageHeader
        title={session.topic}
        description={[levelLabel, t(`study.kinds.${session.kind}`), formatCalendarDate(session.date)].join(" · ")}
        actions={
          canEdit ? (
            <RecordActions type="StudySession" id={session.id} name={session.topic} editHref={`/education/study/${session.id}/edit`} listHref="/education/study" editLabel={t("common.edit")} />
          ) : null
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <DetailCard title={t("common.details")}>
          <Facts
            items={[
              { label: t("study.level"), value: t(`study.levels.${session.level}`) },
              { label: t("study.branch"), value: session.orgUnit?.name },
              { label: t("study.kind"), value: t(`study.kinds.${session.kind}`) },
              { label: t("study.date"), value: formatCalendarDate(session.date) },
              { label: t("study.duration"), value: session.durationMinutes ? t("study.durationValue", { minutes: session.durationMinutes }) : null },
              { label: t("study.place"), value: session.place },
              {
                label: t("study.counts"),
                value: [
                  t("study.attendeeCount", { count: session.attendees.length + session.outsideAttendeeCount }),
                  t("study.nonVotingCount", { count: session.nonVoting.length }),
                  t("study.speechCount", { count: session.speeches.length }),
                ].join("，"),
              },
            ]}
          />
        </DetailCard>
        {session.content ? (
          <DetailCard title={t("study.content")}>
            <LongText>{session.content}</LongText>
          </DetailCard>
        ) : null}
        <DetailCard title={`${t("study.speeches")}（${session.speeches.length}）`}>
          {session.speeches.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("study.noSpeeches")}</p>
          ) : (
            <ol className="grid gap-2 text-sm">
              {session.speeches.map((speech, index) => (
                <li key={index} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                  <span className="text-muted-foreground tabular-nums">{index + 1}.</span>
                  <span className="font-medium">{speech.speakerName}</span>
                  <Badge variant={speech.tag === "YOUTH_REP" ? "success" : "outline"}>{t(`study.speakerTags.${speech.tag}`)}</Badge>
                  {speech.topic ? <span className="basis-full pl-5 text-muted-foreground sm:basis-auto sm:pl-0">{speech.topic}</span> : null}
                </li>
              ))}
            </ol>
          )}
        </DetailCard>
        <DetailCard title={`${t("study.nonVoting")}（${session.nonVoting.length}）`}>
          {session.nonVoting.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("study.noNonVoting")}</p>
          ) : (
            <ul className="flex flex-wrap gap-2 text-sm">
              {session.nonVoting.map((row, index) => (
                <li key={index} className="inline-flex items-center gap-1.5">
                  {row.name}
                  <Badge variant={row.tag === "YOUTH_REP" ? "success" : "outline"}>{t(`study.nonVotingTags.${row.tag}`)}</Badge>
                </li>
              ))}
            </ul>
          )}
        </DetailCard>
        <DetailCard title={`${t("study.attendees")}（${session.attendees.length}）`}>
          {session.attendees.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("study.noAttendees")}</p>
          ) : (
            <p className="text-sm leading-relaxed">{session.attendees.map((row) => row.member.name).join("、")}</p>
          )}
          {session.outsideAttendeeCount ? (
            <p className="mt-2 text-sm text-muted-foreground">
              {t("study.outsideAttendees")}：{session.outsideAttendeeCount}
            </p>
          ) : null}
        </DetailCard>
        {session.tasks.length ? (
          <DetailCard title={t("study.tasks")}>
            <ul className="grid gap-1 text-sm">
              {session.tasks.map((task) => (
                <li key={task.id}>
                  <Link href={`/education/checklist/tasks/${task.id}`} className="text-primary hover:underline">
                    {task.content}
                  </Link>
                </li>
              ))}
            </ul>
          </DetailCard>
        ) : null}
      </div>
      <EvidenceCard type="StudySession" id={session.id} attachments={attachments} canEdit={canEdit} />
    </div>
  );
}
