import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HeartHandshake, Plus } from "lucide-react";
import { ListFilters } from "@/components/records/list-filters";
import { LedgerButton } from "@/components/ledger/ledger-button";
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
import type { loadMassListPage } from "@/lib/mass/pages";
import { MASS_ACTIVITY_KINDS, type MassListQuery } from "@/lib/mass/schema";
import { MassNav } from "./mass-nav";

interface MassActivityListProps {
  user: CurrentUser;
  query: MassListQuery;
  params: Record<string, string | string[] | undefined>;
  data: Awaited<ReturnType<typeof loadMassListPage>>;
}

const PATH = "/mass/activities";

export async function MassActivityList({ user, query, params, data: { list, branches, campaigns, organizations } }: MassActivityListProps) {
  const t = await getTranslations("mass");
  const integrity = await getTranslations("integrity");
  const common = await getTranslations("common");
  const filtered = hasFilters(query);
  type Row = (typeof list.rows)[number];
  const unit = (row: Row) => [row.orgUnit?.name ?? t("fields.organLevel"), row.organization?.name].filter(Boolean).join(" · ");
  const subtitle = (row: Row) =>
    [row.festival, ...row.services.map((service) => t(`services.${service}`)), row.participantCount ? integrity("people", { count: row.participantCount }) : null]
      .filter(Boolean)
      .join("、");
  const title = (row: Row) => (
    <Link href={`${PATH}/${row.id}`} className="font-medium text-primary hover:underline">
      {row.title}
    </Link>
  );

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("activities.title")}
        description={t("activities.description")}
        actions={
          <>
            <LedgerButton type="mass-activities" params={params} />
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
      <MassNav current="activities" />
      <ListFilters
        basePath={PATH}
        query={query}
        params={params}
        branches={branches.map((branch) => ({ value: branch.id, label: branch.name }))}
        campaigns={campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }))}
        kinds={MASS_ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        kindLabel={t("fields.kind")}
        extra={[
          {
            name: "organization",
            label: t("filters.organization"),
            value: query.organization,
            options: organizations.map((organization) => ({ value: organization.id, label: organization.name })),
          },
        ]}
      />
      {list.rows.length === 0 ? (
        <EmptyState
          icon={<HeartHandshake />}
          title={filtered ? common("noResults") : t("activities.empty")}
          description={filtered ? common("noResultsHint") : can(user.role, "records.write") ? t("activities.emptyHint") : undefined}
        />
      ) : (
        <>
          <ul className="grid gap-2 md:hidden">
            {list.rows.map((row) => (
              <li key={row.id} className="grid gap-1.5 rounded-lg border bg-card p-3 text-sm">
                <div className="flex items-start justify-between gap-2">
                  {title(row)}
                  <span className="shrink-0 text-muted-foreground tabular-nums">{formatCalendarDate(row.date)}</span>
                </div>
                <Badge variant="secondary">{t(`kinds.${row.kind}`)}</Badge>
                <p className="text-xs text-muted-foreground">{[unit(row), subtitle(row)].filter(Boolean).join(" · ")}</p>
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
                <TableHead>{common("details")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell className="tabular-nums">{formatCalendarDate(row.date)}</TableCell>
                  <TableCell className="whitespace-normal">{title(row)}</TableCell>
                  <TableCell>
                    <Badge variant="secondary">{t(`kinds.${row.kind}`)}</Badge>
                  </TableCell>
                  <TableCell>{unit(row)}</TableCell>
                  <TableCell className="whitespace-normal text-muted-foreground">{subtitle(row)}</TableCell>
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
