import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FolderOpen, Plus } from "lucide-react";
import { LedgerButton } from "@/components/ledger/ledger-button";
import { ListFilters } from "@/components/records/list-filters";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { hasFilters } from "@/lib/integrity/list-params";
import type { loadSectionList } from "@/lib/management/pages";
import type { ManagementListQuery } from "@/lib/management/schema";
import { ENUMS, fieldDef, sectionDef, sectionPath, type EnumName, type SectionSlug } from "@/lib/management/sections";
import { listPageHref } from "@/lib/records/list-query";
import { fieldValue } from "./field-value";
import { IdeologyQuarters } from "./ideology-quarters";

interface RecordListProps {
  slug: SectionSlug;
  query: ManagementListQuery;
  params: Record<string, string | string[] | undefined>;
  data: Awaited<ReturnType<typeof loadSectionList>>;
}

/** A management section's list: filters on the server, a table on wide screens and cards on a phone. */
export async function RecordList({ slug, query, params, data: { list, options, quarters, canCreate } }: RecordListProps) {
  const t = await getTranslations("management");
  const common = await getTranslations("common");
  const section = sectionDef(slug);
  const path = sectionPath(slug);
  const filtered = hasFilters(query);
  const columns = section.columns.map((name) => fieldDef(slug, name)!);
  const [titleColumn, ...otherColumns] = columns;
  const branchNames = new Map(options.branches.map((branch) => [branch.id, branch.name]));
  const enumOf = (name: string | undefined) => (name ? fieldDef(slug, name)?.enumName : undefined);
  const enumOptions = (enumName: EnumName | undefined) => (enumName ? ENUMS[enumName].map((value) => ({ value, label: t(`enums.${enumName}.${value}`) })) : undefined);
  const title = (row: (typeof list.rows)[number]) => (
    <Link href={`${path}/${row.id}`} className="font-medium text-primary hover:underline">
      {fieldValue(titleColumn, row, t, branchNames) || t("untitled")}
    </Link>
  );
  return (
    <div className="grid gap-6">
      <PageHeader
        title={t(`sections.${slug}.title`)}
        description={t(`sections.${slug}.description`)}
        actions={
          <>
            <LedgerButton type={`management-${slug}`} params={params} />
            {canCreate ? (
              <Button asChild>
                <Link href={`${path}/new`}>
                  <Plus aria-hidden />
                  {t(`sections.${slug}.new`)}
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      {quarters ? <IdeologyQuarters year={quarters.year} quarters={quarters.quarters} /> : null}
      <ListFilters
        basePath={path}
        query={query}
        params={params}
        branches={section.scope === "unit" ? options.branches.map((branch) => ({ value: branch.id, label: branch.name })) : []}
        kinds={enumOptions(section.topicFilter ? "agendaTopic" : enumOf(section.kindField))}
        kindLabel={section.kindField ? t(`fields.${section.kindField}`) : section.topicFilter ? t("agenda.topic") : undefined}
        statuses={enumOptions(enumOf(section.statusField))}
        statusLabel={section.statusField ? t(`fields.${section.statusField}`) : undefined}
        dates={section.dateField !== "createdAt"}
        extra={
          options.partners.length > 0
            ? [{ name: "partner", label: t("fields.partnerId"), options: options.partners.map((partner) => ({ value: partner.id, label: partner.name })), value: query.partner }]
            : []
        }
      />
      {list.rows.length === 0 ? (
        <EmptyState
          icon={<FolderOpen />}
          title={filtered ? common("noResults") : t(`sections.${slug}.empty`)}
          description={filtered ? common("noResultsHint") : canCreate ? t("emptyHint") : undefined}
        />
      ) : (
        <>
          <ul className="grid gap-2 md:hidden" aria-label={t(`sections.${slug}.title`)}>
            {list.rows.map((row) => (
              <li key={row.id} className="grid gap-1 rounded-lg border bg-card p-3 text-sm">
                {title(row)}
                <p className="text-xs text-muted-foreground">
                  {otherColumns
                    .map((column) => fieldValue(column, row, t, branchNames))
                    .filter((value) => value !== null && value !== "")
                    .map((value, index) => (
                      <span key={index}>
                        {index > 0 ? " · " : null}
                        {value}
                      </span>
                    ))}
                </p>
              </li>
            ))}
          </ul>
          <Table containerClassName="hidden md:block">
            <TableHeader>
              <TableRow>
                {columns.map((column) => (
                  <TableHead key={column.name}>{t(`fields.${column.name}`)}</TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell className="whitespace-normal">{title(row)}</TableCell>
                  {otherColumns.map((column) => (
                    <TableCell key={column.name} className={column.kind === "date" ? "tabular-nums" : "max-w-64 truncate"}>
                      {fieldValue(column, row, t, branchNames)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ListPagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={(page) => listPageHref(path, params, page)} />
        </>
      )}
    </div>
  );
}
