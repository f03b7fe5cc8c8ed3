import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BookOpen } from "lucide-react";
import { LedgerButton } from "@/components/ledger/ledger-button";
import { ListFilters } from "@/components/records/list-filters";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatCalendarDate } from "@/lib/dates";
import { STUDY_KINDS, STUDY_LEVELS, type StudyListQuery } from "@/lib/study/schema";
import type { listStudySessions } from "@/lib/study/service";
import { FacetLinks, NewRecordLink } from "./list-parts";
import { ListPagination } from "@/components/records/list-pagination";
import { listPageHref } from "@/lib/records/list-query";

interface StudyListProps {
  query: StudyListQuery;
  params: Record<string, string | string[] | undefined>;
  sessions: Awaited<ReturnType<typeof listStudySessions>>;
  branches: { value: string; label: string }[];
  campaigns: { value: string; label: string }[];
  canCreate: boolean;
}

const BASE = "/education/study";

export async function StudyList({ query, params, sessions, branches, campaigns, canCreate }: StudyListProps) {
  const t = await getTranslations();
  const filtered = Boolean(query.q || query.branch || query.from || query.to || query.campaign || query.kind || query.level);
  return (
    <div className="grid gap-4">
      <PageHeader
        title={t("study.title")}
        description={t("study.description")}
        actions={
          <>
            <LedgerButton type="study" params={params} />
            {canCreate ? <NewRecordLink href="/education/study/new" label={t("study.new")} /> : null}
          </>
        }
      />
      <FacetLinks
        basePath={BASE}
        params={params}
        name="level"
        value={query.level}
        label={t("study.level")}
        options={[{ value: undefined, label: t("common.all") }, ...STUDY_LEVELS.map((level) => ({ value: level, label: t(`study.levels.${level}`) }))]}
      />
      <ListFilters
        basePath={BASE}
        query={query}
        params={params}
        branches={branches}
        campaigns={campaigns}
        kinds={STUDY_KINDS.map((kind) => ({ value: kind, label: t(`study.kinds.${kind}`) }))}
        kindLabel={t("study.kind")}
      />
      {sessions.rows.length === 0 ? (
        <EmptyState
          icon={<BookOpen />}
          title={filtered ? t("common.noResults") : t("study.empty")}
          description={filtered ? t("common.noResultsHint") : canCreate ? t("study.emptyHint") : undefined}
        />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("study.date")}</TableHead>
                <TableHead>{t("study.topic")}</TableHead>
                <TableHead>{t("study.level")}</TableHead>
                <TableHead>{t("study.kind")}</TableHead>
                <TableHead className="text-right">{t("study.attendees")}</TableHead>
                <TableHead className="text-right">{t("study.nonVoting")}</TableHead>
                <TableHead className="text-right">{t("study.speeches")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {sessions.rows.map((session) => (
                <TableRow key={session.id}>
                  <TableCell className="tabular-nums">{formatCalendarDate(session.date)}</TableCell>
                  <TableCell className="max-w-[18rem] truncate font-medium sm:max-w-md">
                    <Link href={`/education/study/${session.id}`} className="text-primary hover:underline">
                      {session.topic}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {session.orgUnit ? session.orgUnit.name : <Badge variant="secondary">{t("study.levels.PARTY_GROUP")}</Badge>}
                  </TableCell>
                  <TableCell>{t(`study.kinds.${session.kind}`)}</TableCell>
                  <TableCell className="text-right tabular-nums">{session._count.attendees + session.outsideAttendeeCount}</TableCell>
                  <TableCell className="text-right tabular-nums">{session._count.nonVoting}</TableCell>
                  <TableCell className="text-right tabular-nums">{session._count.speeches}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ListPagination page={sessions.page} pageSize={sessions.pageSize} total={sessions.total} hrefForPage={(page) => listPageHref(BASE, params, page)} />
        </>
      )}
    </div>
  );
}
