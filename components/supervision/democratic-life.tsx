import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { DetailList } from "@/components/integrity/detail-list";
import { RectificationNav } from "@/components/rectification/rectification-nav";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { listPageHref } from "@/lib/records/list-query";
import type { loadDemocraticLifeList, loadDemocraticLifePage } from "@/lib/rectification/pages";
import { DemocraticLifeDialog, RaisePlanDialog } from "./democratic-life-dialogs";

const PATH = "/management/democratic-life";

export async function DemocraticLifeList({ params, data: { list, canCreate } }: { params: Record<string, string | string[] | undefined>; data: Awaited<ReturnType<typeof loadDemocraticLifeList>> }) {
  const t = await getTranslations("supervision.democraticLife");
  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description")} actions={canCreate ? <DemocraticLifeDialog today={formatCalendarDate(todayInOrgan())} /> : null} />
      <RectificationNav current="democraticLife" />
      {list.rows.length === 0 ? (
        <EmptyState icon={<Users />} title={t("empty")} />
      ) : (
        <>
          <ul className="grid gap-2">
            {list.rows.map((meeting) => (
              <li key={meeting.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border bg-card p-3 text-sm">
                <Link href={`${PATH}/${meeting.id}`} className="font-medium text-primary hover:underline">
                  {meeting.title}
                </Link>
                <span className="text-muted-foreground tabular-nums">{formatCalendarDate(meeting.date)}</span>
              </li>
            ))}
          </ul>
          <ListPagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={(page) => listPageHref(PATH, params, page)} />
        </>
      )}
    </div>
  );
}

export async function DemocraticLifeDetail({ meeting }: { meeting: Awaited<ReturnType<typeof loadDemocraticLifePage>> }) {
  const [t, tr] = await Promise.all([getTranslations("supervision.democraticLife"), getTranslations("rectification")]);
  const date = formatCalendarDate(meeting.date);
  return (
    <div className="grid gap-6">
      <PageHeader
        title={meeting.title}
        description={date}
        actions={
          meeting.canEdit ? (
            <>
              <DemocraticLifeDialog meeting={{ ...meeting, date }} today={date} />
              <DeleteRecordButton type="DemocraticLifeMeeting" id={meeting.id} name={meeting.title} redirectTo={PATH} />
            </>
          ) : null
        }
      />
      <RectificationNav current="democraticLife" />
      <Card>
        <CardContent>
          <DetailList
            items={[
              { label: t("date"), value: date },
              { label: t("content"), value: meeting.content },
            ]}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-3">
          <CardTitle>{t("plans")}</CardTitle>
          {meeting.canEdit ? <RaisePlanDialog meetingId={meeting.id} defaultTitle={t("planTitleDefault", { title: meeting.title })} /> : null}
        </CardHeader>
        <CardContent>
          {meeting.plans.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("noPlans")}</p>
          ) : (
            <ul className="grid gap-2 text-sm">
              {meeting.plans.map((plan) => (
                <li key={plan.id} className="flex flex-wrap items-center gap-2">
                  <Link href={`/management/rectification/plans/${plan.id}`} className="text-primary hover:underline">
                    {plan.title}
                  </Link>
                  <span className="text-muted-foreground">
                    {tr("plan.items")} {plan._count.items}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
