import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { formatCalendarDate } from "@/lib/dates";
import { daysLeft, type EscalationLevel } from "@/lib/rectification/escalation";

const VARIANT = { ON_TRACK: "success", YELLOW: "warning", RED: "danger", OVERDUE: "danger" } as const;

/** The left edge of a card or row in the item's colour, so the board reads at a glance. */
export const ESCALATION_EDGE: Record<EscalationLevel | "CLOSED", string> = {
  ON_TRACK: "border-l-success",
  YELLOW: "border-l-warning",
  RED: "border-l-destructive",
  OVERDUE: "border-l-destructive bg-danger-soft",
  CLOSED: "border-l-border",
};

/** The item's colour in words (never colour alone) with the days left or overdue. */
export function EscalationBadge({ level, deadline, closedOn, className }: { level: EscalationLevel | null; deadline: Date; closedOn?: Date | null; className?: string }) {
  const t = useTranslations("rectification");
  if (!level) return closedOn ? <Badge variant="secondary" className={className}>{t("closedOn", { date: formatCalendarDate(closedOn) })}</Badge> : null;
  const left = daysLeft(deadline);
  const days = left > 0 ? t("daysLeft", { days: left }) : left === 0 ? t("dueToday") : t("daysOverdue", { days: -left });
  return (
    <Badge variant={VARIANT[level]} className={cn(level === "OVERDUE" && "font-semibold", className)} data-escalation={level}>
      {t(`escalation.${level}`)} · {days}
    </Badge>
  );
}
