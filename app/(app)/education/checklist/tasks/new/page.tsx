import { getTranslations } from "next-intl/server";
import { TaskForm } from "@/components/education/task-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { taskFormOptions } from "@/lib/checklist/form-options";
import { todayInOrgan } from "@/lib/dates";

export default async function NewTaskPage({ searchParams }: PageProps<"/education/checklist/tasks/new">) {
  const user = await requirePageUser("records.writeOrgan");
  const params = await searchParams;
  const requested = Number(typeof params.year === "string" ? params.year : NaN);
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : todayInOrgan().getUTCFullYear();
  const t = await getTranslations();
  const options = await taskFormOptions(user, year, t("study.levels.PARTY_GROUP"));
  return (
    <div className="grid gap-4">
      <PageHeader title={t("checklist.taskNew")} description={t("checklist.description", { year })} />
      <Card>
        <CardContent>
          <TaskForm {...options} defaultFormId={typeof params.form === "string" ? params.form : undefined} cancelHref={`/education/checklist?year=${year}`} />
        </CardContent>
      </Card>
    </div>
  );
}
