import { useTranslations } from "next-intl";
import { Button, buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { formatCalendarDate } from "@/lib/dates";
import type { RecordListQuery } from "@/lib/records/list-query";

export interface FilterOption {
  value: string;
  label: string;
}

type RawParams = Record<string, string | string[] | undefined>;

const FILTER_NAMES = ["q", "branch", "from", "to", "campaign", "status", "kind", "page"];

interface ListFiltersProps {
  /** The list page's path: the form submits to it and 清除 returns to it. */
  basePath: string;
  /** The parsed query (recordListQuerySchema or an extension of it). */
  query: Partial<RecordListQuery>;
  /** The raw search params: parameters that are not filters (a tab, a view) are kept. */
  params?: RawParams;
  /** Branches to choose from; the select shows only when there is more than one (a secretary sees one). */
  branches?: FilterOption[];
  campaigns?: FilterOption[];
  kinds?: FilterOption[];
  kindLabel?: string;
  statuses?: FilterOption[];
  statusLabel?: string;
  /** Hide the date range for lists without dates. */
  dates?: boolean;
}

/**
 * The filter bar of a record list: a plain GET form (works without JavaScript, shareable URL),
 * one column on a phone, a row on a wide screen. Changing a filter starts again from page 1.
 */
export function ListFilters({ basePath, query, params = {}, branches = [], campaigns = [], kinds, kindLabel, statuses, statusLabel, dates = true }: ListFiltersProps) {
  const t = useTranslations("records.list");
  const tCommon = useTranslations("common");
  const kept = Object.entries(params).flatMap(([name, value]) =>
    FILTER_NAMES.includes(name) || value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((single) => [name, single] as const),
  );
  const clearHref = kept.length ? `${basePath}?${new URLSearchParams(kept.map(([name, value]) => [name, value]))}` : basePath;
  const select = (name: string, label: string, options: FilterOption[], value: string | undefined, allLabel: string) => (
    <div className="grid gap-1.5">
      <Label htmlFor={`filter-${name}`}>{label}</Label>
      <NativeSelect id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );

  return (
    <form
      method="get"
      action={basePath}
      role="search"
      className="grid gap-3 rounded-lg border bg-card p-3 sm:grid-cols-2 sm:p-4 lg:grid-cols-[repeat(auto-fit,minmax(11rem,1fr))] lg:items-end"
      data-testid="list-filters"
    >
      {kept.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-1.5">
        <Label htmlFor="filter-q">{t("keyword")}</Label>
        <Input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={tCommon("searchPlaceholder")} enterKeyHint="search" autoComplete="off" />
      </div>
      {branches.length > 1 ? select("branch", t("branch"), branches, query.branch, t("allBranches")) : null}
      {kinds?.length ? select("kind", kindLabel ?? t("kind"), kinds, query.kind, tCommon("all")) : null}
      {statuses?.length ? select("status", statusLabel ?? t("status"), statuses, query.status, tCommon("all")) : null}
      {campaigns.length ? select("campaign", t("campaign"), campaigns, query.campaign, t("allCampaigns")) : null}
      {dates ? (
        <>
          <div className="grid gap-1.5">
            <Label htmlFor="filter-from">{t("from")}</Label>
            <Input id="filter-from" name="from" type="date" defaultValue={query.from ? formatCalendarDate(query.from) : ""} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="filter-to">{t("to")}</Label>
            <Input id="filter-to" name="to" type="date" defaultValue={query.to ? formatCalendarDate(query.to) : ""} />
          </div>
        </>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" className="flex-1">
          {tCommon("filter")}
        </Button>
        <a href={clearHref} className={cn(buttonVariants({ variant: "ghost" }), "flex-1")}>
          {t("clear")}
        </a>
      </div>
    </form>
  );
}
