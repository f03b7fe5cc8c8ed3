import { getFormatter, getTranslations } from "next-intl/server";
import { Trash2 } from "lucide-react";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { restoreRecordAction } from "@/lib/records/actions";
import { listPageHref, type RecordListQuery } from "@/lib/records/list-query";
import { RECORD_TYPES, softDeletableTypes } from "@/lib/records/registry";
import type { listDeletedRecords } from "@/lib/records/service";
import { ListFilters } from "./list-filters";

interface RecycleBinViewProps {
  query: RecordListQuery;
  params: Record<string, string | string[] | undefined>;
  deleted: Awaited<ReturnType<typeof listDeletedRecords>>;
}

export async function RecycleBinView({ query, params, deleted }: RecycleBinViewProps) {
  const t = await getTranslations();
  const format = await getFormatter();
  const typeLabel = (type: keyof typeof RECORD_TYPES) => t(RECORD_TYPES[type].labelKey);
  return (
    <div className="grid gap-6">
      <PageHeader title={t("records.recycleBin.title")} description={t("records.recycleBin.description")} />
      <ListFilters
        basePath="/recycle-bin"
        query={query}
        params={params}
        kinds={softDeletableTypes().map((type) => ({ value: type, label: typeLabel(type) }))}
        kindLabel={t("records.recycleBin.type")}
        dates={false}
      />
      {deleted.rows.length === 0 ? (
        <EmptyState
          icon={<Trash2 />}
          title={query.q || query.kind ? t("common.noResults") : t("records.recycleBin.empty")}
          description={query.q || query.kind ? t("common.noResultsHint") : t("records.recycleBin.emptyHint")}
        />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("records.recycleBin.type")}</TableHead>
                <TableHead>{t("records.recycleBin.recordTitle")}</TableHead>
                <TableHead>{t("records.recycleBin.belongsTo")}</TableHead>
                <TableHead>{t("records.recycleBin.deletedAt")}</TableHead>
                <TableHead>{t("records.recycleBin.deletedBy")}</TableHead>
                <TableHead className="text-right">{t("common.actions")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {deleted.rows.map((row) => (
                <TableRow key={`${row.type}-${row.id}`}>
                  <TableCell>{typeLabel(row.type)}</TableCell>
                  <TableCell className="min-w-48 font-medium whitespace-normal">
                    {row.title}
                  </TableCell>
                  <TableCell>{row.orgUnitName ?? t("records.partyGroup")}</TableCell>
                  <TableCell className="tabular-nums">{format.dateTime(row.deletedAt, { dateStyle: "short", timeStyle: "short" })}</TableCell>
                  <TableCell>{row.deletedBy ?? t("common.none")}</TableCell>
                  <TableCell className="text-right">
                    <ConfirmAction
                      label={t("records.recycleBin.restore")}
                      title={t("records.recycleBin.restoreTitle")}
                      description={t("records.recycleBin.restoreConfirm", { type: typeLabel(row.type), name: row.title })}
                      confirmLabel={t("records.recycleBin.restore")}
                      successMessage={t("records.recycleBin.restored", { name: row.title })}
                      action={restoreRecordAction}
                      input={{ type: row.type, id: row.id }}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ListPagination page={deleted.page} pageSize={deleted.pageSize} total={deleted.total} hrefForPage={(page) => listPageHref("/recycle-bin", params, page)} />
        </>
      )}
    </div>
  );
}
