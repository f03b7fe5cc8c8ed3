import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SlidersHorizontal } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";

export interface FilterSelect {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string;
}

interface RecordFiltersProps {
  selects: FilterSelect[];
  from?: string;
  to?: string;
  q?: string;
  keywordPlaceholder: string;
  /** The list without filters. */
  clearHref: string;
}

/**
 * A GET form over a record list: keyword always visible, the other filters folded away on first
 * sight (open while any is in use), so a phone shows the records first. Works without JavaScript.
 */
export async function RecordFilters({ selects, from, to, q, keywordPlaceholder, clearHref }: RecordFiltersProps) {
  const t = await getTranslations();
  const activeCount = selects.filter((select) => select.value).length + (from ? 1 : 0) + (to ? 1 : 0);
  return (
    <form method="get" role="search" className="grid gap-3 rounded-lg border bg-card p-3 sm:p-4">
      <div className="flex gap-2">
        <Input type="search" name="q" defaultValue={q} placeholder={keywordPlaceholder} aria-label={t("integrity.filters.keyword")} className="min-w-0 flex-1" enterKeyHint="search" />
        <Button type="submit" variant="secondary" className="shrink-0">
          {t("common.search")}
        </Button>
      </div>
      <details open={activeCount > 0} className="group">
        <summary className="inline-flex cursor-pointer items-center gap-2 rounded-md text-sm font-medium text-primary select-none">
          <SlidersHorizontal className="size-4" aria-hidden />
          {t("integrity.filters.title")}
          {activeCount ? <span className="rounded bg-primary-soft px-1.5 text-xs tabular-nums">{activeCount}</span> : null}
        </summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
          {selects.map((select) => (
            <div key={select.name} className="grid gap-1.5">
              <Label htmlFor={`filter-${select.name}`}>{select.label}</Label>
              <NativeSelect id={`filter-${select.name}`} name={select.name} defaultValue={select.value ?? ""}>
                <option value="">{t("common.all")}</option>
                {select.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </NativeSelect>
            </div>
          ))}
          <div className="grid gap-1.5">
            <Label htmlFor="filter-from">{t("integrity.filters.from")}</Label>
            <Input id="filter-from" name="from" type="date" defaultValue={from} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="filter-to">{t("integrity.filters.to")}</Label>
            <Input id="filter-to" name="to" type="date" defaultValue={to} />
          </div>
        </div>
        <div className="mt-3 flex flex-wrap gap-2">
          <Button type="submit">{t("common.filter")}</Button>
          <Button asChild variant="ghost">
            <Link href={clearHref}>{t("integrity.filters.clear")}</Link>
          </Button>
        </div>
      </details>
    </form>
  );
}
