import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DetailCard, EvidenceCard, Facts, RecordActions } from "@/components/education/detail-parts";
import { TaskDeadline } from "@/components/education/task-deadline";
import { PageHeader } from "@/components/ui/page-header";
import { listAttachments } from "@/lib/attachments/service";
import { can } from "@/lib/auth/permissions";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { getStudyTask } from "@/lib/checklist/service";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";

export default async function TaskPage({ params }: PageProps<"/education/checklist/tasks/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const [task, attachments] = await loadForPage(() => Promise.all([getStudyTask(user, id), listAttachments(user, "StudyTask", id)]));
  const t = await getTranslations();
  const canEdit = can(user.role, "records.writeOrgan");
  return (
    <div className="grid gap-4">
      <PageHeader
        title={task.content}
        description={`${task.year} · ${task.form.name}`}
        actions={
          canEdit ? (
            <RecordActions type="StudyTask" id={task.id} name={task.content} editHref={`/education/checklist/tasks/${task.id}/edit`} listHref={`/education/checklist?year=${task.year}`} editLabel={t("common.edit")} />
          ) : null
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <DetailCard title={t("common.details")}>
          <Facts
            items={[
              { label: t("checklist.form"), value: task.form.name },
              { label: t("checklist.deadline"), value: formatCalendarDate(task.deadline) },
              { label: t("checklist.status"), value: <TaskDeadline task={task} today={todayInOrgan()} /> },
              { label: t("checklist.completedOn"), value: task.completedOn ? formatCalendarDate(task.completedOn) : null },
              { label: t("checklist.leadUnit"), value: task.leadUnit },
              { label: t("checklist.responsibleUnits"), value: task.responsibleUnits.join("、") },
            ]}
          />
        </DetailCard>
        <DetailCard title={`${t("checklist.sessions")}（${task.sessions.length}）`}>
          {task.sessions.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("education.noneYet")}</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {task.sessions.map((session) => (
                <li key={session.id}>
                  <span className="text-muted-foreground tabular-nums">{formatCalendarDate(session.date)}</span>{" "}
                  <Link href={`/education/study/${session.id}`} className="text-primary hover:underline">
                    {session.topic}
                  </Link>
                  <span className="ml-1 text-xs text-muted-foreground">（{session.orgUnit?.name ?? t("study.levels.PARTY_GROUP")}）</span>
                </li>
              ))}
            </ul>
          )}
        </DetailCard>
      </div>
      <EvidenceCard type="StudyTask" id={task.id} attachments={attachments} canEdit={canEdit} />
    </div>
  );
}
