import { daysBetween } from "@/lib/dates";
import type { TaskStatusName } from "./schema";

export type DeadlineState =
  | { kind: "done"; late: boolean }
  | { kind: "overdue"; days: number }
  | { kind: "pending"; days: number };

/** Where a task stands against its deadline on `today` (a calendar date decided in Asia/Shanghai by the caller). */
export function deadlineState(task: { status: TaskStatusName; deadline: Date; completedOn: Date | null }, today: Date): DeadlineState {
  if (task.status === "DONE") return { kind: "done", late: Boolean(task.completedOn && task.completedOn > task.deadline) };
  const left = daysBetween(today, task.deadline);
  return left < 0 ? { kind: "overdue", days: -left } : { kind: "pending", days: left };
}
