import { getTranslations } from "next-intl/server";
import { ScrollText } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { LedgerButton } from "@/components/ledger/ledger-button";
import { formatCalendarDate } from "@/lib/dates";
import type { AuditQuery, listAuditLogs } from "@/lib/audit/queries";

interface AuditLogViewProps {
  basePath: string;
  /** Heading and description keys, for the auditors' trail shown to the security administrator. */
  titleKey?: "auditTitle" | "auditTrailTitle";
  query: AuditQuery;
  logs: Awaited<ReturnType<typeof listAuditLogs>>;
  options: { actions: string[]; entities: string[] };
}

const timeFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "medium" });

export async function AuditLogView({ basePath, titleKey = "auditTitle", query, logs, options }: AuditLogViewProps) {
  const t = await getTranslations();
  const actionLabel = (action: string) => (t.has(`audit.${action}`) ? t(`audit.${action}`) : action);
  const filters = {
    ...(query.actor ? { actor: query.actor } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.from ? { from: formatCalendarDate(query.from) } : {}),
    ...(query.to ? { to: formatCalendarDate(query.to) } : {}),
  };
  return (
    <div className="grid gap-6">
      <PageHeader
        title={t(`admin.${titleKey}`)}
        description={t(titleKey === "auditTitle" ? "admin.auditDescription" : "admin.auditTrailDescription")}
        actions={titleKey === "auditTitle" ? <LedgerButton type="audit" params={filters} /> : null}
      />
      <form method="get" action={basePath} className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
        <div className="grid gap-1.5">
          <Label htmlFor="audit-actor">{t("admin.actor")}</Label>
          <Input id="audit-actor" name="actor" defaultValue={query.actor} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-action">{t("admin.action")}</Label>
          <NativeSelect id="audit-action" name="action" defaultValue={query.action ?? ""}>
            <option value="">{t("common.all")}</option>
            {options.actions.map((action) => (
              <option key={action} value={action}>
                {actionLabel(action)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-entity">{t("admin.entity")}</Label>
          <NativeSelect id="audit-entity" name="entity" defaultValue={query.entity ?? ""}>
            <option value="">{t("common.all")}</option>
            {options.entities.map((entity) => (
              <option key={entity} value={entity}>
                {entity}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-from">{t("admin.from")}</Label>
          <Input id="audit-from" name="from" type="date" defaultValue={filters.from} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-to">{t("admin.to")}</Label>
          <Input id="audit-to" name="to" type="date" defaultValue={filters.to} />
        </div>
        <Button type="submit">{t("common.filter")}</Button>
      </form>
      {logs.rows.length === 0 ? (
        <EmptyState icon={<ScrollText />} title={t("admin.auditEmpty")} />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("admin.at")}</TableHead>
                <TableHead>{t("admin.actor")}</TableHead>
                <TableHead>{t("admin.action")}</TableHead>
                <TableHead>{t("admin.entity")}</TableHead>
                <TableHead>{t("admin.ip")}</TableHead>
                <TableHead>{t("admin.changes")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {logs.rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell className="whitespace-nowrap tabular-nums">{timeFormat.format(row.at)}</TableCell>
                  <TableCell>
                    {row.actorName}
                    {row.actorRole ? <span className="block text-xs text-muted-foreground">{t(`roles.${row.actorRole}`)}</span> : null}
                  </TableCell>
                  <TableCell>{actionLabel(row.action)}</TableCell>
                  <TableCell>
                    {row.entity}
                    {row.entityId ? <span className="block font-mono text-xs text-muted-foreground">{row.entityId}</span> : null}
                  </TableCell>
                  <TableCell className="font-mono text-xs">{row.ip}</TableCell>
                  <TableCell className="max-w-md">
                    {row.before || row.after ? (
                      <details>
                        <summary className="cursor-pointer text-sm text-primary">{t("common.details")}</summary>
                        <div className="mt-2 grid gap-2 text-xs">
                          {row.before ? (
                            <div>
                              <p className="font-medium">{t("admin.before")}</p>
                              <pre className="overflow-x-auto rounded bg-muted p-2">{JSON.stringify(row.before, null, 2)}</pre>
                            </div>
                          ) : null}
                          {row.after ? (
                            <div>
                              <p className="font-medium">{t("admin.after")}</p>
                              <pre className="overflow-x-auto rounded bg-muted p-2">{JSON.stringify(row.after, null, 2)}</pre>
                            </div>
                          ) : null}
                        </div>
                      </details>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ListPagination page={logs.page} pageSize={logs.pageSize} total={logs.total} hrefForPage={(page) => `${basePath}?${new URLSearchParams({ ...filters, page: String(page) })}`} />
        </>
      )}
    </div>
  );
}
