import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { deadlineState } from "@/lib/checklist/deadline";
import type { TaskStatusName } from "@/lib/checklist/schema";

/** A task's status, with overdue tasks standing out in red and the days counted in Asia/Shanghai. */
export async function TaskDeadline({ task, today }: { task: { status: TaskStatusName; deadline: Date; completedOn: Date | null }; today: Date }) {
  const t = await getTranslations("checklist");
  const state = deadlineState(task, today);
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5" data-deadline={state.kind}>
      <Badge variant={state.kind === "done" ? "success" : state.kind === "overdue" ? "danger" : task.status === "IN_PROGRESS" ? "warning" : "secondary"}>
        {t(`statuses.${task.status}`)}
      </Badge>
      {state.kind === "overdue" ? <span className="text-xs font-semibold text-destructive">{t("overdueDays", { days: state.days })}</span> : null}
      {state.kind === "pending" && state.days <= 14 ? <span className="text-xs text-warning">{t("dueInDays", { days: state.days })}</span> : null}
      {state.kind === "done" && state.late ? <span className="text-xs text-muted-foreground">{t("doneLate")}</span> : null}
    </span>
  );
}
