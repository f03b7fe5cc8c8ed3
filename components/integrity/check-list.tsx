import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus, SearchCheck } from "lucide-react";
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
import type { loadCheckListPage } from "@/lib/integrity/pages";
import { SUPERVISION_KINDS, type CheckListQuery } from "@/lib/integrity/schema";
import { IntegrityNav } from "./integrity-nav";
import { ListFilters } from "@/components/records/list-filters";
import { LedgerButton } from "@/components/ledger/ledger-button";

interface CheckListProps {
  user: CurrentUser;
  query: CheckListQuery;
  params: Record<string, string | string[] | undefined>;
  data: Awaited<ReturnType<typeof loadCheckListPage>>;
}

const PATH = "/integrity/checks";

export async function CheckList({ user, query, params, data: { list, branches, campaigns } }: CheckListProps) {
  const t = await getTranslations("integrity");
  const common = await getTranslations("common");
  const filtered = hasFilters(query);
  type Row = (typeof list.rows)[number];
  const unit = (row: Row) => row.orgUnit?.name ?? t("checks.organLevel");
  const target = (row: Row) => (
    <Link href={`${PATH}/${row.id}`} className="font-medium text-primary hover:underline">
      {row.target}
    </Link>
  );

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("checks.title")}
        description={t("checks.description")}
        actions={
          <>
            <LedgerButton type="supervision-checks" params={params} />
            {can(user.role, "records.write") ? (
              <Button asChild>
                <Link href={`${PATH}/new`}>
                  <Plus aria-hidden />
                  {t("checks.new")}
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      <IntegrityNav current="checks" />
      <ListFilters
        basePath={PATH}
        query={query}
        params={params}
        branches={branches.map((branch) => ({ value: branch.id, label: branch.name }))}
        campaigns={campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }))}
        kinds={SUPERVISION_KINDS.map((kind) => ({ value: kind, label: t(`checkKinds.${kind}`) }))}
        kindLabel={t("checks.kind")}
      />
      {list.rows.length === 0 ? (
        <EmptyState
          icon={<SearchCheck />}
          title={filtered ? common("noResults") : t("checks.empty")}
          description={filtered ? common("noResultsHint") : can(user.role, "records.write") ? t("checks.emptyHint") : undefined}
        />
      ) : (
        <>
          <ul className="grid gap-2 md:hidden">
            {list.rows.map((row) => (
              <li key={row.id} className="grid gap-1.5 rounded-lg border bg-card p-3 text-sm">
                <div className="flex items-start justify-between gap-2">
                  {target(row)}
                  <span className="shrink-0 text-muted-foreground tabular-nums">{formatCalendarDate(row.date)}</span>
                </div>
                <Badge variant="secondary">{t(`checkKinds.${row.kind}`)}</Badge>
                <p className="text-xs text-muted-foreground">{unit(row)}</p>
              </li>
            ))}
          </ul>
          <Table containerClassName="hidden md:block">
            <TableHeader>
              <TableRow>
                <TableHead>{t("checks.date")}</TableHead>
                <TableHead>{t("checks.target")}</TableHead>
                <TableHead>{t("checks.kind")}</TableHead>
                <TableHead>{t("checks.level")}</TableHead>
                <TableHead>{t("checks.findings")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell className="tabular-nums">{formatCalendarDate(row.date)}</TableCell>
                  <TableCell className="whitespace-normal">{target(row)}</TableCell>
                  <TableCell>
                    <Badge variant="secondary">{t(`checkKinds.${row.kind}`)}</Badge>
                  </TableCell>
                  <TableCell>{unit(row)}</TableCell>
                  <TableCell className="max-w-72 truncate text-muted-foreground">{row.findings ?? t("checks.noFindings")}</TableCell>
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
