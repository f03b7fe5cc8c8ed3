import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Settings } from "lucide-react";
import { DueLegend, DueVsHeldTable } from "@/components/education/due-vs-held-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { dueQuerySchema, GRANULARITIES, loadDueVsHeld } from "@/lib/org-life/due";
import { readableBranchOptions } from "@/lib/org/unit-options";

export default async function DueVsHeldPage({ searchParams }: PageProps<"/education/org-life/due">) {
  const user = await requirePageUser("records.read");
  const query = dueQuerySchema.parse(await searchParams);
  const [t, data, branches] = await Promise.all([getTranslations(), loadDueVsHeld(user, query), readableBranchOptions(user)]);
  return (
    <div className="grid gap-4">
      <PageHeader
        title={t("orgLife.dueTitle")}
        description={t("orgLife.dueDescription")}
        actions={
          <Button asChild variant="outline" size="sm">
            <Link href="/education/org-life/settings">
              <Settings aria-hidden />
              {t("orgLife.settings")}
            </Link>
          </Button>
        }
      />
      <form method="get" className="grid gap-3 rounded-lg border bg-card p-3 sm:grid-cols-4 sm:items-end sm:p-4">
        <div className="grid gap-1.5">
          <Label htmlFor="due-year">{t("education.year")}</Label>
          <Input id="due-year" name="year" type="number" inputMode="numeric" min={2000} max={2100} defaultValue={data.year} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="due-granularity">{t("orgLife.granularity")}</Label>
          <NativeSelect id="due-granularity" name="granularity" defaultValue={data.granularity}>
            {GRANULARITIES.map((value) => (
              <option key={value} value={value}>
                {t(`orgLife.granularities.${value}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        {branches.length > 1 ? (
          <div className="grid gap-1.5">
            <Label htmlFor="due-branch">{t("orgLife.branch")}</Label>
            <NativeSelect id="due-branch" name="branch" defaultValue={query.branch ?? ""}>
              <option value="">{t("education.allBranches")}</option>
              {branches.map((branch) => (
                <option key={branch.id} value={branch.id}>
                  {branch.name}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        <Button type="submit">{t("common.filter")}</Button>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-medium" data-testid="missed-total">
          {t("orgLife.missedTotal", { count: data.missed })}
        </p>
        <DueLegend />
      </div>
      {data.rows.length === 0 ? (
        <EmptyState title={t("orgLife.dueEmpty")} />
      ) : (
        <DueVsHeldTable rows={data.rows} granularity={data.granularity} year={data.year} />
      )}
    </div>
  );
}
