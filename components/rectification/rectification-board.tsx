import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClipboardCheck, Plus } from "lucide-react";
import { LedgerButton } from "@/components/ledger/ledger-button";
import { ListFilters } from "@/components/records/list-filters";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatCalendarDate } from "@/lib/dates";
import { listPageHref, queryWithoutPage } from "@/lib/records/list-query";
import type { loadBoardPage } from "@/lib/rectification/pages";
import { RECTIFICATION_SOURCES, RECTIFICATION_STATUSES, type BoardQuery } from "@/lib/rectification/schema";
import { ESCALATION_EDGE, EscalationBadge } from "./escalation-badge";
import { ItemCard } from "./item-card";
import { RectificationNav } from "./rectification-nav";

type RawParams = Record<string, string | string[] | undefined>;

interface BoardProps {
  query: BoardQuery;
  params: RawParams;
  data: Awaited<ReturnType<typeof loadBoardPage>>;
}

const PATH = "/management/rectification";

/** The same filters in the other view: the URL keeps branch, source and owner across the switch. */
function viewHref(params: RawParams, view: "board" | "list") {
  const kept = Object.fromEntries(Object.entries(params).filter(([name]) => name !== "view" && name !== "status"));
  return `${PATH}${queryWithoutPage(view === "list" ? { ...kept, view } : kept)}`;
}

export async function RectificationBoard({ query, params, data: { board, list, branches, owners, canCreate } }: BoardProps) {
  const t = await getTranslations("rectification");
  const common = await getTranslations("common");
  const filtered = Boolean(query.branch || query.source || query.owner || query.plan || query.q || query.status);
  const empty = board ? board.every((column) => column.total === 0) : list!.total === 0;

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <LedgerButton type="rectification" params={params} />
            {canCreate ? (
              <Button asChild>
                <Link href={`${PATH}/new`}>
                  <Plus aria-hidden />
                  {t("new")}
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      <RectificationNav current="items" />
      <nav aria-label={t("views")} className="flex gap-2">
        {(["board", "list"] as const).map((view) => (
          <Button key={view} asChild size="sm" variant={query.view === view ? "default" : "outline"}>
            <Link href={viewHref(params, view)} aria-current={query.view === view ? "page" : undefined}>
              {t(view)}
            </Link>
          </Button>
        ))}
      </nav>
      <ListFilters
        basePath={PATH}
        query={query}
        params={params}
        dates={false}
        branches={branches.map((branch) => ({ value: branch.id, label: branch.name }))}
        statuses={query.view === "list" ? RECTIFICATION_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) })) : undefined}
        statusLabel={t("fields.status")}
        extra={[
          { name: "source", label: t("fields.source"), options: RECTIFICATION_SOURCES.map((source) => ({ value: source, label: t(`sources.${source}`) })), value: query.source },
          { name: "owner", label: t("fields.owner"), options: owners.map((owner) => ({ value: owner.id, label: owner.name })), value: query.owner },
        ]}
      />
      {empty ? (
        <EmptyState
          icon={<ClipboardCheck />}
          title={filtered ? common("noResults") : t("empty")}
          description={filtered ? common("noResultsHint") : canCreate ? t("emptyHint") : undefined}
        />
      ) : board ? (
        // Four columns side by side on a wide screen; stacked one under another on a phone.
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4" data-testid="rectification-board">
          {board.map((column) => (
            <section key={column.status} aria-labelledby={`column-${column.status}`} className="grid content-start gap-2 rounded-lg bg-muted/50 p-3" data-testid={`column-${column.status}`}>
              <h2 id={`column-${column.status}`} className="flex items-center justify-between text-sm font-semibold">
                {t(`statuses.${column.status}`)}
                <Badge variant="secondary" data-testid="column-count">
                  {column.total}
                </Badge>
              </h2>
              {column.items.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("columnEmpty")}</p>
              ) : (
                <ul className="grid gap-2">
                  {column.items.map((item) => (
                    <ItemCard key={item.id} item={item} />
                  ))}
                </ul>
              )}
              {column.total > column.items.length ? (
                <Link href={`${PATH}${queryWithoutPage({ ...params, view: "list", status: column.status })}`} className="text-xs text-primary hover:underline">
                  {t("moreInList", { count: column.total - column.items.length })}
                </Link>
              ) : null}
            </section>
          ))}
        </div>
      ) : (
        <>
          <ul className="grid gap-2 md:hidden">
            {list!.rows.map((item) => (
              <ItemCard key={item.id} item={item} />
            ))}
          </ul>
          <Table containerClassName="hidden md:block">
            <TableHeader>
              <TableRow>
                <TableHead>{t("fields.problem")}</TableHead>
                <TableHead>{t("fields.branch")}</TableHead>
                <TableHead>{t("fields.source")}</TableHead>
                <TableHead>{t("fields.owner")}</TableHead>
                <TableHead>{t("fields.deadline")}</TableHead>
                <TableHead>{t("fields.status")}</TableHead>
                <TableHead>{t("fields.escalation")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list!.rows.map((item) => (
                <TableRow key={item.id} className={cn("border-l-4", ESCALATION_EDGE[item.escalation ?? "CLOSED"])}>
                  <TableCell className="max-w-80 whitespace-normal">
                    <Link href={`${PATH}/${item.id}`} className="font-medium text-primary hover:underline">
                      {item.problem}
                    </Link>
                  </TableCell>
                  <TableCell>{item.orgUnit?.name ?? item.department}</TableCell>
                  <TableCell>{t(`sources.${item.source}`)}</TableCell>
                  <TableCell>{item.owner.displayName}</TableCell>
                  <TableCell className="tabular-nums">{formatCalendarDate(item.deadline)}</TableCell>
                  <TableCell>
                    <Badge variant={item.status === "CLOSED" ? "success" : "secondary"}>{t(`statuses.${item.status}`)}</Badge>
                  </TableCell>
                  <TableCell>
                    <EscalationBadge level={item.escalation} deadline={item.deadline} closedOn={item.closedOn} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ListPagination page={list!.page} pageSize={list!.pageSize} total={list!.total} hrefForPage={(page) => listPageHref(PATH, params, page)} />
        </>
      )}
    </div>
  );
}
