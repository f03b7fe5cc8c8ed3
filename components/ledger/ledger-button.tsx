import { useTranslations } from "next-intl";
import { Download } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** The query string of a list's filters, without its page: a ledger holds every matching row. */
function ledgerQuery(params: Params | undefined): string {
  const query = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params ?? {});
  for (const [key, value] of entries) {
    if (key === "page" || value === undefined) continue;
    for (const single of Array.isArray(value) ? value : [value]) if (single !== "") query.append(key, single);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/**
 * Downloads a list as an Excel ledger (台账) with the list's current filters: a plain link styled
 * as an outline button, so it works from server and client components alike.
 */
export function LedgerButton({ type, params, label, className }: { type: string; params?: Params; label?: string; className?: string }) {
  const t = useTranslations("records.ledger");
  return (
    <a
      href={`/api/ledger/${encodeURIComponent(type)}${ledgerQuery(params)}`}
      download
      className={cn(buttonVariants({ variant: "outline", size: "sm" }), className)}
      data-testid={`ledger-${type}`}
    >
      <Download aria-hidden />
      {label ?? t("download")}
    </a>
  );
}
