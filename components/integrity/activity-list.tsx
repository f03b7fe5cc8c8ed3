import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Lock, Plus, Scale } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { formatCalendarDate } from "@/lib/dates";
import { hasFilters } from "@/lib/integrity/list-params";
import { listPageHref } from "@/lib/records/list-query";
import type { loadActivityListPage } from "@/lib/integrity/pages";
import { INTEGRITY_KINDS, ORGANISER_LEVELS, type IntegrityListQuery } from "@/lib/integrity/schema";
import type { IntegrityRow } from "@/lib/integrity/service";
import { figureLabel, organiserLabel, subtypeLabel } from "@/lib/integrity/labels";
import { IntegrityNav } from "./integrity-nav";
import { ListFilters } from "@/components/records/list-filters";
import { LedgerButton } from "@/components/ledger/ledger-button";

interface ActivityListProps {
  user: CurrentUser;
  query: IntegrityListQuery;
  params: Record<string, string | string[] | undefined>;
  data: Awaited<ReturnType<typeof loadActivityListPage>>;
}

const PATH = "/integrity/activities";

export async function ActivityList({ user, query, params, data: { list, branches, campaigns } }: ActivityListProps) {
  const t = await getTranslations("integrity");
  const common = await getTranslations("common");
  const filtered = hasFilters(query);

  const title = (row: IntegrityRow) =>
    row.redacted ? (
      <span className="inline-flex items-center gap-1.5 text-muted-foreground" title={t("activities.protectedNote")}>
        <Lock className="size-3.5" aria-hidden />
        {t("activities.protected")}
      </span>
    ) : (
      <Link href={`${PATH}/${row.id}`} className="font-medium text-primary hover:underline">
        {row.title}
      </Link>
    );
  const kindBadges = (row: IntegrityRow) => {
    const subtype = subtypeLabel(row, t);
    return (
      <span className="flex flex-wrap gap-1">
        <Badge variant="secondary">{t(`kinds.${row.kind}`)}</Badge>
        {subtype ? <Badge variant="outline">{subtype}</Badge> : null}
      </span>
    );
  };

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("activities.title")}
        description={t("activities.description")}
        actions={
          <>
            <LedgerButton type="integrity-activities" params={params} />
            {can(user.role, "records.write") ? (
              <Button asChild>
                <Link href={`${PATH}/new`}>
                  <Plus aria-hidden />
                  {t("activities.new")}
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      <IntegrityNav current="activities" />
      <ListFilters
        basePath={PATH}
        query={query}
        params={params}
        branches={branches.map((branch) => ({ value: branch.id, label: branch.name }))}
        campaigns={campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }))}
        kinds={INTEGRITY_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        kindLabel={t("filters.kind")}
        extra={[{ name: "level", label: t("filters.level"), value: query.level, options: ORGANISER_LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) })) }]}
      />
      {list.rows.length === 0 ? (
        <EmptyState
          icon={<Scale />}
          title={filtered ? common("noResults") : t("activities.empty")}
          description={filtered ? common("noResultsHint") : can(user.role, "records.write") ? t("activities.emptyHint") : undefined}
        />
      ) : (
        <>
          {/* Phones: one card per record; wider screens: a table. */}
          <ul className="grid gap-2 md:hidden" data-testid="integrity-activity-cards">
            {list.rows.map((row) => (
              <li key={row.id} className="grid gap-1.5 rounded-lg border bg-card p-3 text-sm">
                <div className="flex items-start justify-between gap-2">
                  {title(row)}
                  <span className="shrink-0 text-muted-foreground tabular-nums">{formatCalendarDate(row.date)}</span>
                </div>
                {kindBadges(row)}
                <p className="text-xs text-muted-foreground">{[organiserLabel(row, t), figureLabel(row, t)].filter(Boolean).join(" · ")}</p>
              </li>
            ))}
          </ul>
          <Table containerClassName="hidden md:block">
            <TableHeader>
              <TableRow>
                <TableHead>{t("fields.date")}</TableHead>
                <TableHead>{t("fields.title")}</TableHead>
                <TableHead>{t("fields.kind")}</TableHead>
                <TableHead>{t("fields.recordedBy")}</TableHead>
                <TableHead className="text-right">{t("fields.figure")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell className="tabular-nums">{formatCalendarDate(row.date)}</TableCell>
                  <TableCell className="max-w-80 truncate whitespace-normal">{title(row)}</TableCell>
                  <TableCell>{kindBadges(row)}</TableCell>
                  <TableCell>{organiserLabel(row, t)}</TableCell>
                  <TableCell className="text-right tabular-nums">{figureLabel(row, t)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ListPagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={(page) => listPageHref(PATH, params, page)} />
        </>
      )}
    </div>
  );
}
