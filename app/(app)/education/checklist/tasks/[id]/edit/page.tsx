import { getTranslations } from "next-intl/server";
import { TaskForm } from "@/components/education/task-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { taskFormOptions } from "@/lib/checklist/form-options";
import { getStudyTask } from "@/lib/checklist/service";
import { formatCalendarDate } from "@/lib/dates";

export default async function EditTaskPage({ params }: PageProps<"/education/checklist/tasks/[id]/edit">) {
  const user = await requirePageUser("records.writeOrgan");
  const { id } = await params;
  const task = await loadForPage(() => getStudyTask(user, id));
  const t = await getTranslations();
  const options = await taskFormOptions(user, task.year, t("study.levels.PARTY_GROUP"));
  return (
    <div className="grid gap-4">
      <PageHeader title={t("checklist.taskEdit")} description={task.content} />
      <Card>
        <CardContent>
          <TaskForm
            {...options}
            cancelHref={`/education/checklist/tasks/${id}`}
            task={{
              ...task,
              deadline: formatCalendarDate(task.deadline),
              completedOn: task.completedOn ? formatCalendarDate(task.completedOn) : null,
              sessionIds: task.sessions.map((session) => session.id),
            }}
          />
        </CardContent>
      </Card>
    </div>
  );
}
