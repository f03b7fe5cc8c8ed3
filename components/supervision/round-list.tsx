import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus, SearchCheck } from "lucide-react";
import { RectificationNav } from "@/components/rectification/rectification-nav";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { formatCalendarDate } from "@/lib/dates";
import { listPageHref } from "@/lib/records/list-query";
import type { loadRoundListPage } from "@/lib/supervision/pages";

const PATH = "/management/supervision";

export async function RoundList({ params, data: { list, canCreate } }: { params: Record<string, string | string[] | undefined>; data: Awaited<ReturnType<typeof loadRoundListPage>> }) {
  const t = await getTranslations("supervision");
  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canCreate ? (
            <Button asChild>
              <Link href={`${PATH}/new`}>
                <Plus aria-hidden />
                {t("new")}
              </Link>
            </Button>
          ) : null
        }
      />
      <RectificationNav current="supervision" />
      {list.rows.length === 0 ? (
        <EmptyState icon={<SearchCheck />} title={t("empty")} description={canCreate ? t("emptyHint") : undefined} />
      ) : (
        <>
          <ul className="grid gap-2">
            {list.rows.map((round) => (
              <li key={round.id} className="grid gap-1.5 rounded-lg border bg-card p-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge variant="secondary">{t(`kinds.${round.kind}`)}</Badge>
                  <Link href={`${PATH}/${round.id}`} className="font-medium text-primary hover:underline">
                    {round.focus}
                  </Link>
                </div>
                <p className="text-xs text-muted-foreground">
                  <span className="tabular-nums">
                    {formatCalendarDate(round.periodStart)} — {formatCalendarDate(round.periodEnd)}
                  </span>
                  {" · "}
                  {t("fields.branchCount", { count: round._count.branches })} · {t("fields.findings")} {round._count.findings}
                </p>
              </li>
            ))}
          </ul>
          <ListPagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={(page) => listPageHref(PATH, params, page)} />
        </>
      )}
    </div>
  );
}
