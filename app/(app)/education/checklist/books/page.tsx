import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BookMarked } from "lucide-react";
import { BookDialog } from "@/components/education/checklist-dialogs";
import { ListPagination } from "@/components/records/list-pagination";
import { listPageHref } from "@/lib/records/list-query";
import { LedgerButton } from "@/components/ledger/ledger-button";
import { ListFilters } from "@/components/records/list-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listCampaignOptions } from "@/lib/campaigns/service";
import { bookListQuerySchema } from "@/lib/checklist/schema";
import { listBooks } from "@/lib/checklist/service";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";

const BASE = "/education/checklist/books";

export default async function BooksPage({ searchParams }: PageProps<"/education/checklist/books">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const query = bookListQuerySchema.parse(params);
  const [t, books, campaigns] = await Promise.all([getTranslations(), listBooks(user, query), listCampaignOptions(user)]);
  const canWrite = can(user.role, "records.writeOrgan");
  const filtered = Boolean(query.q || query.from || query.to || query.campaign);
  return (
    <div className="grid gap-4">
      <PageHeader
        title={t("checklist.books")}
        description={t("checklist.booksDescription")}
        actions={
          <>
            <LedgerButton type="books" params={params} />
            {canWrite ? <BookDialog today={formatCalendarDate(todayInOrgan())} campaigns={campaigns} /> : null}
          </>
        }
      />
      <ListFilters basePath={BASE} query={query} params={params} campaigns={campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }))} />
      {books.rows.length === 0 ? (
        <EmptyState icon={<BookMarked />} title={filtered ? t("common.noResults") : t("checklist.booksEmpty")} />
      ) : (
        <>
          <p className="text-sm font-medium" data-testid="books-copies">
            {t("checklist.copiesTotal", { copies: books.copies })}
          </p>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("checklist.date")}</TableHead>
                <TableHead>{t("checklist.bookTitle")}</TableHead>
                <TableHead className="text-right">{t("checklist.copies")}</TableHead>
                <TableHead>{t("checklist.recipients")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {books.rows.map((book) => (
                <TableRow key={book.id}>
                  <TableCell className="tabular-nums">{formatCalendarDate(book.date)}</TableCell>
                  <TableCell className="max-w-[18rem] truncate font-medium">
                    <Link href={`${BASE}/${book.id}`} className="text-primary hover:underline">
                      {book.title}
                    </Link>
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{book.copies}</TableCell>
                  <TableCell className="max-w-[16rem] truncate">{book.recipients}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ListPagination page={books.page} pageSize={books.pageSize} total={books.total} hrefForPage={(page) => listPageHref(BASE, params, page)} />
        </>
      )}
    </div>
  );
}
