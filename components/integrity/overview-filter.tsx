import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";

interface OverviewFilterProps {
  year: number;
  currentYear: number;
  branch?: string;
  branches: { id: string; name: string }[];
}

/** Year and scope of a pillar overview, as a GET form (also used by the mass overview). */
export async function OverviewFilter({ year, currentYear, branch, branches }: OverviewFilterProps) {
  const t = await getTranslations("integrity");
  const years = Array.from({ length: 6 }, (_, index) => currentYear - index);
  if (!years.includes(year)) years.push(year);
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div className="grid gap-1.5">
        <Label htmlFor="overview-year">{t("year")}</Label>
        <NativeSelect id="overview-year" name="year" defaultValue={String(year)} wrapperClassName="w-32">
          {years.map((value) => (
            <option key={value} value={value}>
              {t("yearValue", { year: value })}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="overview-branch">{t("scope")}</Label>
        <NativeSelect id="overview-branch" name="branch" defaultValue={branch ?? ""} wrapperClassName="w-56 max-w-full">
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
