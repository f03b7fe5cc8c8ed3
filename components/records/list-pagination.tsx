import { useTranslations } from "next-intl";
import { Pagination } from "@/components/ui/pagination";

/** A list page's pagination with its labels in the user's language; every list uses this one. */
export function ListPagination({ page, pageSize, total, hrefForPage }: { page: number; pageSize: number; total: number; hrefForPage: (page: number) => string }) {
  const t = useTranslations("common");
  return (
    <Pagination
      page={page}
      pageSize={pageSize}
      total={total}
      hrefForPage={hrefForPage}
      labels={{
        previous: t("previous"),
        next: t("next"),
        summary: t("pageSummary", { total, page, pages: Math.max(1, Math.ceil(total / pageSize)) }),
      }}
    />
  );
}
