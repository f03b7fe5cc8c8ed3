import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { formatCalendarDate } from "@/lib/dates";
import type { ItemCard as ItemCardData } from "@/lib/rectification/service";
import { ESCALATION_EDGE, EscalationBadge } from "./escalation-badge";

/** One item on the board or in a plan: coloured by escalation, linking to its page. */
export function ItemCard({ item }: { item: ItemCardData }) {
  const t = useTranslations("rectification");
  return (
    <li className={cn("grid gap-1.5 rounded-md border border-l-4 bg-card p-3 text-sm", ESCALATION_EDGE[item.escalation ?? "CLOSED"])} data-testid="rectification-card" data-escalation={item.escalation ?? "CLOSED"}>
      <Link href={`/management/rectification/${item.id}`} className="line-clamp-3 font-medium text-primary hover:underline">
        {item.problem}
      </Link>
      <p className="text-xs text-muted-foreground">
        {[item.orgUnit?.name ?? item.department, t(`sources.${item.source}`), t(`classes.${item.class}`)].filter(Boolean).join(" · ")}
      </p>
      <div className="flex flex-wrap items-center justify-between gap-2 text-xs">
        <span className="text-muted-foreground">
          {t("fields.owner")}：{item.owner.displayName} · {t("fields.deadline")} <span className="tabular-nums">{formatCalendarDate(item.deadline)}</span>
        </span>
        <EscalationBadge level={item.escalation} deadline={item.deadline} closedOn={item.closedOn} />
      </div>
    </li>
  );
}
