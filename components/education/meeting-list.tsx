import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CalendarDays, ListChecks, Users } from "lucide-react";
import { LedgerButton } from "@/components/ledger/ledger-button";
import { ListFilters } from "@/components/records/list-filters";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatCalendarDate } from "@/lib/dates";
import { ORG_LIFE_KINDS, type MeetingListQuery } from "@/lib/org-life/schema";
import type { listMeetings } from "@/lib/org-life/service";
import { NewRecordLink } from "./list-parts";
import { ListPagination } from "@/components/records/list-pagination";
import { listPageHref } from "@/lib/records/list-query";
import { meetingUnitName } from "./meeting-detail";

interface MeetingListProps {
  query: MeetingListQuery;
  params: Record<string, string | string[] | undefined>;
  meetings: Awaited<ReturnType<typeof listMeetings>>;
  branches: { value: string; label: string }[];
  campaigns: { value: string; label: string }[];
  canCreate: boolean;
}

const BASE = "/education/org-life";

export async function MeetingList({ query, params, meetings, branches, campaigns, canCreate }: MeetingListProps) {
  const t = await getTranslations();
  const filtered = Boolean(query.q || query.branch || query.from || query.to || query.campaign || query.kind);
  const calendarHref = query.branch ? `/education/org-life/calendar?branch=${query.branch}` : "/education/org-life/calendar";
  return (
    <div className="grid gap-4">
      <PageHeader
        title={t("orgLife.title")}
        description={t("orgLife.description")}
        actions={
          <>
            <Button asChild variant="outline" size="sm">
              <Link href={calendarHref}>
                <CalendarDays aria-hidden />
                {t("orgLife.calendar")}
              </Link>
            </Button>
            <Button asChild variant="outline" size="sm">
              <Link href="/education/org-life/due">
                <ListChecks aria-hidden />
                {t("orgLife.due")}
              </Link>
            </Button>
            <LedgerButton type="org-life" params={params} />
            {canCreate ? <NewRecordLink href={query.branch ? `/education/org-life/new?branch=${query.branch}` : "/education/org-life/new"} label={t("orgLife.new")} /> : null}
          </>
        }
      />
      <ListFilters
        basePath={BASE}
        query={query}
        params={params}
        branches={branches}
        campaigns={campaigns}
        kinds={ORG_LIFE_KINDS.map((kind) => ({ value: kind, label: t(`orgLife.kinds.${kind}`) }))}
        kindLabel={t("orgLife.kind")}
      />
      {meetings.rows.length === 0 ? (
        <EmptyState
          icon={<Users />}
          title={filtered ? t("common.noResults") : t("orgLife.empty")}
          description={filtered ? t("common.noResultsHint") : canCreate ? t("orgLife.emptyHint") : undefined}
        />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("orgLife.date")}</TableHead>
                <TableHead>{t("orgLife.topic")}</TableHead>
                <TableHead>{t("orgLife.kind")}</TableHead>
                <TableHead>{t("orgLife.unit")}</TableHead>
                <TableHead className="text-right">
                  {t("orgLife.present")}/{t("orgLife.expected")}
                </TableHead>
                <TableHead>{t("orgLife.host")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {meetings.rows.map((meeting) => (
                <TableRow key={meeting.id}>
                  <TableCell className="tabular-nums">{formatCalendarDate(meeting.date)}</TableCell>
                  <TableCell className="max-w-[18rem] truncate font-medium sm:max-w-md">
                    <Link href={`/education/org-life/${meeting.id}`} className="text-primary hover:underline">
                      {meeting.topic}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {t(`orgLife.kinds.${meeting.kind}`)}
                    {meeting.lecturerType ? (
                      <Badge variant="outline" className="ml-2">
                        {t(`orgLife.lecturerTypes.${meeting.lecturerType}`)}
                      </Badge>
                    ) : null}
                    {meeting.studiedBusiness ? (
                      <Badge variant="outline" className="ml-2">
                        {t("orgLife.studiedBusiness")}
                      </Badge>
                    ) : null}
                  </TableCell>
                  <TableCell>{meetingUnitName(meeting.orgUnit)}</TableCell>
                  <TableCell className="text-right tabular-nums">{t("orgLife.attendanceCount", { present: meeting.presentCount, expected: meeting.expectedCount })}</TableCell>
                  <TableCell>{meeting.hostName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ListPagination page={meetings.page} pageSize={meetings.pageSize} total={meetings.total} hrefForPage={(page) => listPageHref(BASE, params, page)} />
        </>
      )}
    </div>
  );
}
