import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Flag, Layers, X } from "lucide-react";
import { LedgerButton } from "@/components/ledger/ledger-button";
import { ListFilters } from "@/components/records/list-filters";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ACTIVITY_KINDS, type ActivityListQuery } from "@/lib/activities/schema";
import type { listActivities } from "@/lib/activities/service";
import { formatCalendarDate } from "@/lib/dates";
import { listPageHref } from "@/lib/records/list-query";
import { NewRecordLink } from "./list-parts";
import { ListPagination } from "@/components/records/list-pagination";

interface ActivityListProps {
  query: ActivityListQuery;
  params: Record<string, string | string[] | undefined>;
  activities: Awaited<ReturnType<typeof listActivities>>;
  branches: { value: string; label: string }[];
  campaigns: { value: string; label: string }[];
  /** The vehicle the list is narrowed to (from a vehicle's page), shown as a removable chip. */
  vehicleName: string | null;
  canCreate: boolean;
}

const BASE = "/education/activities";

export async function ActivityList({ query, params, activities, branches, campaigns, vehicleName, canCreate }: ActivityListProps) {
  const t = await getTranslations();
  const filtered = Boolean(query.q || query.branch || query.from || query.to || query.campaign || query.kind || query.vehicle);
  return (
    <div className="grid gap-4">
      <PageHeader
        title={t("activities.title")}
        description={t("activities.description")}
        actions={
          <>
            <Button asChild variant="outline" size="sm">
              <Link href="/education/activities/vehicles">
                <Layers aria-hidden />
                {t("activities.vehicles")}
              </Link>
            </Button>
            <LedgerButton type="activities" params={params} />
            {canCreate ? <NewRecordLink href={query.vehicle ? `${BASE}/new?vehicle=${query.vehicle}` : `${BASE}/new`} label={t("activities.new")} /> : null}
          </>
        }
      />
      {vehicleName ? (
        <p className="flex items-center gap-2 text-sm">
          {t("activities.vehicle")}：
          <Badge variant="secondary" className="text-sm">
            {vehicleName}
            <Link href={listPageHref(BASE, { ...params, vehicle: undefined }, 1)} aria-label={t("records.list.clear")} className="ml-1 rounded hover:text-foreground">
              <X aria-hidden className="size-3" />
            </Link>
          </Badge>
        </p>
      ) : null}
      <ListFilters
        basePath={BASE}
        query={query}
        params={params}
        branches={branches}
        campaigns={campaigns}
        kinds={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`activities.kinds.${kind}`) }))}
        kindLabel={t("activities.kind")}
      />
      {activities.rows.length === 0 ? (
        <EmptyState
          icon={<Flag />}
          title={filtered ? t("common.noResults") : t("activities.empty")}
          description={filtered ? t("common.noResultsHint") : canCreate ? t("activities.emptyHint") : undefined}
        />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("activities.date")}</TableHead>
                <TableHead>{t("activities.activityTitle")}</TableHead>
                <TableHead>{t("activities.branch")}</TableHead>
                <TableHead>{t("activities.kind")}</TableHead>
                <TableHead>{t("activities.vehicle")}</TableHead>
                <TableHead className="text-right">{t("activities.participants")}</TableHead>
                <TableHead className="text-right">{t("activities.entries")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {activities.rows.map((activity) => (
                <TableRow key={activity.id}>
                  <TableCell className="tabular-nums">{formatCalendarDate(activity.date)}</TableCell>
                  <TableCell className="max-w-[18rem] truncate font-medium sm:max-w-md">
                    <Link href={`${BASE}/${activity.id}`} className="text-primary hover:underline">
                      {activity.title}
                    </Link>
                  </TableCell>
                  <TableCell>{activity.orgUnit?.name ?? <Badge variant="secondary">{t("activities.organLevel")}</Badge>}</TableCell>
                  <TableCell>{t(`activities.kinds.${activity.kind}`)}</TableCell>
                  <TableCell className="max-w-[12rem] truncate">{activity.vehicle?.name}</TableCell>
                  <TableCell className="text-right tabular-nums">{activity.participantCount || ""}</TableCell>
                  <TableCell className="text-right tabular-nums">{activity.entryCount || ""}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ListPagination page={activities.page} pageSize={activities.pageSize} total={activities.total} hrefForPage={(page) => listPageHref(BASE, params, page)} />
        </>
      )}
    </div>
  );
}
