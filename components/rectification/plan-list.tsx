import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListChecks } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { todayInOrgan } from "@/lib/dates";
import { listPageHref } from "@/lib/records/list-query";
import type { loadPlanListPage } from "@/lib/rectification/pages";
import { PlanFormDialog } from "./plan-form";
import { RectificationNav } from "./rectification-nav";

const PATH = "/management/rectification/plans";

export async function PlanList({ params, data: { list, branches, canCreate, writesOrgan } }: { params: Record<string, string | string[] | undefined>; data: Awaited<ReturnType<typeof loadPlanListPage>> }) {
  const t = await getTranslations("rectification");
  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("plan.title")}
        description={t("plan.description")}
        actions={canCreate ? <PlanFormDialog branches={branches} writesOrgan={writesOrgan} year={todayInOrgan().getUTCFullYear()} /> : null}
      />
      <RectificationNav current="plans" />
      {list.rows.length === 0 ? (
        <EmptyState icon={<ListChecks />} title={t("plan.empty")} description={canCreate ? t("plan.emptyHint") : undefined} />
      ) : (
        <>
          <ul className="grid gap-2">
            {list.rows.map((plan) => (
              <li key={plan.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border bg-card p-3 text-sm">
                <div className="grid min-w-0 gap-1">
                  <Link href={`${PATH}/${plan.id}`} className="font-medium text-primary hover:underline">
                    {plan.title}
                  </Link>
                  <span className="text-xs text-muted-foreground">
                    {[plan.year, t(`sources.${plan.source}`), plan.orgUnit?.name ?? t("plan.organLevel")].join(" · ")}
                  </span>
                </div>
                <Badge variant={plan._count.items > 0 && plan.closed === plan._count.items ? "success" : "secondary"}>{t("plan.progress", { closed: plan.closed, total: plan._count.items })}</Badge>
              </li>
            ))}
          </ul>
          <ListPagination page={list.page} pageSize={list.pageSize} total={list.total} hrefForPage={(page) => listPageHref(PATH, params, page)} />
        </>
      )}
    </div>
  );
}
