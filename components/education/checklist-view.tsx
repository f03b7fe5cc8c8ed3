import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BookMarked, ChevronLeft, ChevronRight, ListTodo } from "lucide-react";
import { LedgerButton } from "@/components/ledger/ledger-button";
import { ListFilters } from "@/components/records/list-filters";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatCalendarDate } from "@/lib/dates";
import type { ChecklistPageData } from "@/lib/checklist/page";
import { TASK_STATUS_FILTERS, type TaskListQuery } from "@/lib/checklist/schema";
import { listPageHref } from "@/lib/records/list-query";
import { StudyFormDialog } from "./checklist-dialogs";
import { DetailCard } from "./detail-parts";
import { NewRecordLink } from "./list-parts";
import { ListPagination } from "@/components/records/list-pagination";
import { TaskDeadline } from "./task-deadline";

const BASE = "/education/checklist";

export async function ChecklistView({ data, query, params, canWrite }: { data: ChecklistPageData; query: TaskListQuery; params: Record<string, string | string[] | undefined>; canWrite: boolean }) {
  const t = await getTranslations();
  const { year, forms, tasks, progress, today } = data;
  const yearHref = (target: number) => listPageHref(BASE, { year: String(target) }, 1);
  const filtered = Boolean(query.q || query.kind || query.status);
  const ledgerParams = { ...params, year: String(year) };
  return (
    <div className="grid gap-4">
      <PageHeader
        title={t("checklist.title")}
        description={t("checklist.description", { year })}
        actions={
          <>
            <nav className="flex items-center gap-1" aria-label={t("education.year")}>
              <Link href={yearHref(year - 1)} className={buttonVariants({ variant: "outline", size: "icon" })} aria-label={String(year - 1)}>
                <ChevronLeft aria-hidden />
              </Link>
              <span className="px-1 text-sm font-medium tabular-nums">{year}</span>
              <Link href={yearHref(year + 1)} className={buttonVariants({ variant: "outline", size: "icon" })} aria-label={String(year + 1)}>
                <ChevronRight aria-hidden />
              </Link>
            </nav>
            <Button asChild variant="outline" size="sm">
              <Link href="/education/checklist/books">
                <BookMarked aria-hidden />
                {t("checklist.books")}
              </Link>
            </Button>
            <LedgerButton type="checklist" params={ledgerParams} />
            {canWrite && forms.length ? <NewRecordLink href={`/education/checklist/tasks/new?year=${year}`} label={t("checklist.taskNew")} /> : null}
          </>
        }
      />
      {canWrite ? null : <p className="text-sm text-muted-foreground">{t("checklist.readOnly")}</p>}

      <div className="grid gap-3 sm:grid-cols-3">
        <Card className="gap-1 py-4 sm:gap-1 sm:py-4">
          <CardContent>
            <p className="text-sm text-muted-foreground">{t("checklist.progress")}</p>
            <p className="text-2xl font-semibold tabular-nums" data-testid="checklist-progress">
              {t("checklist.progressValue", { done: progress.done, tasks: progress.tasks })}
            </p>
            <p className="text-xs text-muted-foreground">
              {t("checklist.inProgressCount", { count: progress.inProgress })} · {t("checklist.notStartedCount", { count: progress.notStarted })}
            </p>
          </CardContent>
        </Card>
        <Link href={listPageHref(BASE, { year: String(year), status: "OVERDUE" }, 1)} className="rounded-xl focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
          <Card className={progress.overdue ? "h-full gap-1 border-destructive/40 py-4 sm:gap-1 sm:py-4" : "h-full gap-1 py-4 sm:gap-1 sm:py-4"}>
            <CardContent>
              <p className="text-sm text-muted-foreground">{t("checklist.statuses.OVERDUE")}</p>
              <p className={progress.overdue ? "text-2xl font-semibold text-destructive tabular-nums" : "text-2xl font-semibold tabular-nums"} data-testid="checklist-overdue">
                {t("checklist.overdueCount", { count: progress.overdue })}
              </p>
            </CardContent>
          </Card>
        </Link>
        <Card className="gap-1 py-4 sm:gap-1 sm:py-4">
          <CardContent>
            <p className="text-sm text-muted-foreground">{t("checklist.forms")}</p>
            <p className="text-2xl font-semibold tabular-nums">{t("checklist.formsCount", { count: forms.length })}</p>
          </CardContent>
        </Card>
      </div>

      <DetailCard title={t("checklist.forms")} action={canWrite ? <StudyFormDialog year={year} /> : null}>
        {forms.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("checklist.formsEmpty")}{canWrite ? ` ${t("checklist.formsEmptyHint")}` : ""}</p>
        ) : (
          <ul className="grid gap-1 sm:grid-cols-2">
            {forms.map((form) => (
              <li key={form.id} className="flex items-center justify-between gap-2 rounded-md px-2 py-1 hover:bg-muted/50">
                <Link href={listPageHref(BASE, { year: String(year), kind: form.id }, 1)} className="min-w-0 truncate text-sm hover:underline">
                  {form.name} <span className="text-muted-foreground">（{t("checklist.formTasks", { count: form._count.tasks })}）</span>
                </Link>
                {canWrite ? <StudyFormDialog year={year} form={form} /> : null}
              </li>
            ))}
          </ul>
        )}
      </DetailCard>

      <section aria-labelledby="tasks-heading" className="grid gap-3">
        <h2 id="tasks-heading" className="text-lg font-semibold">
          {t("checklist.tasks")}
        </h2>
        <ListFilters
          basePath={BASE}
          query={query}
          params={ledgerParams}
          kinds={forms.map((form) => ({ value: form.id, label: form.name }))}
          kindLabel={t("checklist.form")}
          statuses={TASK_STATUS_FILTERS.map((status) => ({ value: status, label: t(`checklist.statuses.${status}`) }))}
          statusLabel={t("checklist.status")}
          dates={false}
        />
        {tasks.rows.length === 0 ? (
          <EmptyState icon={<ListTodo />} title={filtered ? t("common.noResults") : t("checklist.tasksEmpty")} />
        ) : (
          <>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("checklist.form")}</TableHead>
                  <TableHead>{t("checklist.content")}</TableHead>
                  <TableHead>{t("checklist.deadline")}</TableHead>
                  <TableHead>{t("checklist.status")}</TableHead>
                  <TableHead>{t("checklist.leadUnit")}</TableHead>
                  <TableHead>{t("checklist.responsibleUnits")}</TableHead>
                  <TableHead className="text-right">{t("checklist.sessions")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {tasks.rows.map((task) => (
                  <TableRow key={task.id} data-testid="task-row">
                    <TableCell>{task.form.name}</TableCell>
                    <TableCell className="max-w-[16rem] truncate font-medium sm:max-w-sm">
                      <Link href={`/education/checklist/tasks/${task.id}`} className="text-primary hover:underline">
                        {task.content}
                      </Link>
                    </TableCell>
                    <TableCell className="tabular-nums">{formatCalendarDate(task.deadline)}</TableCell>
                    <TableCell>
                      <TaskDeadline task={task} today={today} />
                    </TableCell>
                    <TableCell>{task.leadUnit}</TableCell>
                    <TableCell className="max-w-[12rem] truncate">{task.responsibleUnits.join("、")}</TableCell>
                    <TableCell className="text-right tabular-nums">{task._count.sessions}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <ListPagination page={tasks.page} pageSize={tasks.pageSize} total={tasks.total} hrefForPage={(page) => listPageHref(BASE, ledgerParams, page)} />
          </>
        )}
      </section>
    </div>
  );
}
