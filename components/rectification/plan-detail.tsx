import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { loadPlanPage } from "@/lib/rectification/pages";
import { ItemCard } from "./item-card";
import { PlanFormDialog } from "./plan-form";
import { RectificationNav } from "./rectification-nav";

export async function PlanDetail({ plan, items, branches, writesOrgan }: Awaited<ReturnType<typeof loadPlanPage>>) {
  const t = await getTranslations("rectification");
  const closed = items.filter((item) => item.status === "CLOSED").length;
  return (
    <div className="grid gap-6">
      <PageHeader
        title={plan.title}
        description={[plan.year, t(`sources.${plan.source}`), plan.orgUnit?.name ?? t("plan.organLevel"), t("plan.progress", { closed, total: items.length })].join(" · ")}
        actions={
          plan.canEdit ? (
            <>
              <Button asChild size="sm">
                <Link href={`/management/rectification/new?plan=${plan.id}`}>
                  <Plus aria-hidden />
                  {t("plan.addItem")}
                </Link>
              </Button>
              <PlanFormDialog plan={{ ...plan, raised: Boolean(plan.sourceRecordId) }} branches={branches} writesOrgan={writesOrgan} year={plan.year} />
              <DeleteRecordButton type="RectificationPlan" id={plan.id} name={plan.title} redirectTo="/management/rectification/plans" />
            </>
          ) : null
        }
      />
      <RectificationNav current="plans" />
      {plan.meeting ? (
        <p className="text-sm">
          <Link href={`/management/democratic-life/${plan.meeting.id}`} className="text-primary hover:underline">
            {t("plan.fromMeeting", { title: plan.meeting.title })}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="plan-items" className="grid gap-3">
        <h2 id="plan-items" className="text-base font-semibold">
          {t("plan.items")}
        </h2>
        {items.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("plan.noItems")}</p>
        ) : (
          <ul className="grid gap-2 md:grid-cols-2">
            {items.map((item) => (
              <ItemCard key={item.id} item={item} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
