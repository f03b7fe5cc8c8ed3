import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { MetricFilter } from "@/lib/metrics/filter";

interface FilterFormProps {
  filter: MetricFilter;
  currentYear: number;
  branches: { id: string; name: string }[];
}

/** The dashboard's filters as a GET form: the URL keeps them, so a view can be shared and the back button works. */
export async function FilterForm({ filter, currentYear, branches }: FilterFormProps) {
  const t = await getTranslations("dashboard.filter");
  const years = Array.from({ length: 5 }, (_, index) => currentYear - index);
  if (!years.includes(filter.year)) years.push(filter.year);
  const select = (name: "half" | "quarter" | "month", count: number) => (
    <div className="grid gap-1.5">
      <Label htmlFor={`filter-${name}`}>{t(name)}</Label>
      <NativeSelect id={`filter-${name}`} name={name} defaultValue={String(filter[name] ?? "")} wrapperClassName="w-28">
        <option value="">{t("all")}</option>
        {Array.from({ length: count }, (_, index) => (
          <option key={index} value={index + 1}>
            {t(`${name}Value`, { value: index + 1 })}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("label")}>
      <div className="grid gap-1.5">
        <Label htmlFor="filter-year">{t("year")}</Label>
        <NativeSelect id="filter-year" name="year" defaultValue={String(filter.year)} wrapperClassName="w-28">
          {years.map((value) => (
            <option key={value} value={value}>
              {t("yearValue", { value })}
            </option>
          ))}
        </NativeSelect>
      </div>
      {select("half", 2)}
      {select("quarter", 4)}
      {select("month", 12)}
      <div className="grid gap-1.5">
        <Label htmlFor="filter-branch">{t("branch")}</Label>
        <NativeSelect id="filter-branch" name="branch" defaultValue={filter.branch ?? ""} wrapperClassName="w-56 max-w-full">
          <option value="">{t("wholeOrgan")}</option>
          {branches.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <Button type="submit" variant="secondary">
        {t("apply")}
      </Button>
    </form>
  );
}
