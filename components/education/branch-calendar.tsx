import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight, Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { PageHeader } from "@/components/ui/page-header";
import { formatCalendarDate } from "@/lib/dates";
import { formatMonth, shiftMonth, type BranchCalendar as Calendar, type DueSlotState } from "@/lib/org-life/calendar";
import { periodLabel } from "@/lib/org-life/period-label";
import { DetailCard } from "./detail-parts";

const SLOT_BADGE: Record<DueSlotState, "success" | "danger" | "warning" | "outline"> = { held: "success", missed: "danger", open: "warning", upcoming: "outline" };
const SLOT_LABEL: Record<DueSlotState, string> = { held: "dueSlotHeld", missed: "dueSlotMissed", open: "dueSlotOpen", upcoming: "legendUpcoming" };

interface Entry {
  id: string;
  href: string;
  date: Date;
  label: string;
  title: string;
  study: boolean;
}

/** Weeks of the month, Monday first, as calendar days (null: a day of the neighbouring month). */
function weeksOf(start: Date, end: Date): (Date | null)[][] {
  const lead = (start.getUTCDay() + 6) % 7;
  const days: (Date | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= end.getUTCDate(); day += 1) days.push(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), day)));
  while (days.length % 7) days.push(null);
  return Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7));
}

export async function BranchCalendar({ calendar, branches, canWrite }: { calendar: Calendar; branches: { id: string; name: string }[]; canWrite: boolean }) {
  const t = await getTranslations();
  const { branch, month } = calendar;
  const monthText = formatMonth(month);
  const href = (target: typeof month) => `/education/org-life/calendar?branch=${branch.id}&month=${formatMonth(target)}`;
  const entries: Entry[] = [
    ...calendar.meetings.map((meeting) => ({
      id: meeting.id,
      href: `/education/org-life/${meeting.id}`,
      date: meeting.date,
      label: t(`orgLife.kinds.${meeting.kind}`) + (meeting.orgUnit.type === "GROUP" ? `（${meeting.orgUnit.name}）` : ""),
      title: meeting.topic,
      study: false,
    })),
    ...calendar.sessions.map((session) => ({
      id: session.id,
      href: `/education/study/${session.id}`,
      date: session.date,
      label: t("orgLife.studySession"),
      title: session.topic,
      study: true,
    })),
  ].sort((a, b) => a.date.getTime() - b.date.getTime());
  const byDay = new Map<number, Entry[]>();
  for (const entry of entries) byDay.set(entry.date.getUTCDate(), [...(byDay.get(entry.date.getUTCDate()) ?? []), entry]);
  const todayTime = calendar.today.getTime();
  const weekdays = t("orgLife.weekdays").split(",");

  return (
    <div className="grid gap-4">
      <PageHeader
        title={t("orgLife.calendarTitle", { branch: branch.name, month: monthText })}
        description={t("orgLife.calendarDescription")}
        actions={
          canWrite ? (
            <Button asChild size="sm">
              <Link href={`/education/org-life/new?branch=${branch.id}`}>
                <Plus aria-hidden />
                {t("orgLife.new")}
              </Link>
            </Button>
          ) : null
        }
      />
      <div className="flex flex-wrap items-end gap-3">
        {branches.length > 1 ? (
          <form method="get" className="flex items-end gap-2">
            <input type="hidden" name="month" value={monthText} />
            <div className="grid gap-1.5">
              <Label htmlFor="calendar-branch">{t("orgLife.branch")}</Label>
              <NativeSelect id="calendar-branch" name="branch" defaultValue={branch.id} wrapperClassName="w-56">
                {branches.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
              </NativeSelect>
            </div>
            <Button type="submit" variant="secondary">
              {t("common.filter")}
            </Button>
          </form>
        ) : null}
        <nav className="flex items-center gap-1" aria-label={t("orgLife.calendar")}>
          <Link href={href(shiftMonth(month, -1))} className={buttonVariants({ variant: "outline", size: "sm" })}>
            <ChevronLeft aria-hidden />
            {t("orgLife.previousMonth")}
          </Link>
          <Link href={`/education/org-life/calendar?branch=${branch.id}`} className={buttonVariants({ variant: "ghost", size: "sm" })}>
            {t("orgLife.thisMonth")}
          </Link>
          <Link href={href(shiftMonth(month, 1))} className={buttonVariants({ variant: "outline", size: "sm" })}>
            {t("orgLife.nextMonth")}
            <ChevronRight aria-hidden />
          </Link>
        </nav>
      </div>

      <DetailCard title={t("orgLife.dueSlots")}>
        {calendar.slots.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("orgLife.dueEmpty")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2" data-testid="due-slots">
            {calendar.slots.map((slot) => (
              <li key={`${slot.kind}-${slot.periodIndex}`}>
                <Badge variant={SLOT_BADGE[slot.state]} className="text-sm" data-state={slot.state}>
                  {t(`orgLife.kinds.${slot.kind}`)} · {periodLabel(t, slot.periodMonths, slot.periodIndex)} · {t(`orgLife.${SLOT_LABEL[slot.state]}`)}
                  {slot.due > 1 ? ` ${slot.met}/${slot.due}` : ""}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </DetailCard>

      <table className="w-full table-fixed border-collapse text-sm" aria-label={t("orgLife.calendarTitle", { branch: branch.name, month: monthText })}>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day} scope="col" className="border-b py-2 text-center font-medium text-muted-foreground">
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(calendar.start, calendar.end).map((week, index) => (
            <tr key={index}>
              {week.map((day, dayIndex) => {
                const items = day ? (byDay.get(day.getUTCDate()) ?? []) : [];
                return (
                  <td key={dayIndex} className={cn("h-14 border p-1 align-top sm:h-24", !day && "bg-muted/40")}>
                    {day ? (
                      <div className="grid gap-1">
                        <span
                          className={cn(
                            "inline-flex size-6 items-center justify-center rounded-full text-xs tabular-nums",
                            day.getTime() === todayTime && "bg-primary text-primary-foreground",
                          )}
                        >
                          {day.getUTCDate()}
                        </span>
                        {/* Phones show dots (the agenda below has the details); wider screens the titles. */}
                        <span className="flex flex-wrap gap-0.5 sm:hidden" aria-hidden>
                          {items.map((item) => (
                            <span key={item.id} className={cn("size-2 rounded-full", item.study ? "bg-info" : "bg-primary")} />
                          ))}
                        </span>
                        <ul className="hidden gap-0.5 sm:grid">
                          {items.map((item) => (
                            <li key={item.id}>
                              <Link
                                href={item.href}
                                title={`${item.label}：${item.title}`}
                                className={cn(
                                  "block truncate rounded px-1 text-xs",
                                  item.study ? "bg-info-soft text-info" : "bg-primary-soft text-primary",
                                )}
                              >
                                {item.label}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>

      <DetailCard title={t("orgLife.agenda")}>
        {entries.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("orgLife.agendaEmpty")}</p>
        ) : (
          <ul className="divide-y text-sm" data-testid="calendar-agenda">
            {entries.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
                <span className="w-24 shrink-0 text-muted-foreground tabular-nums">{formatCalendarDate(entry.date)}</span>
                <Badge variant={entry.study ? "secondary" : "outline"}>{entry.label}</Badge>
                <Link href={entry.href} className="min-w-0 text-primary hover:underline">
                  {entry.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </DetailCard>
    </div>
  );
}
