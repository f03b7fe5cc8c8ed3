import { useTranslations } from "next-intl";
import { Download } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { queryWithoutPage, type RawSearchParams } from "@/lib/records/list-query";

/**
 * Downloads a list as an Excel ledger (台账) with the list's current filters: a plain link styled
 * as an outline button, so it works from server and client components alike.
 */
export function LedgerButton({ type, params, label, className }: { type: string; params?: RawSearchParams; label?: string; className?: string }) {
  const t = useTranslations("records.ledger");
  return (
    <a
      href={`/api/ledger/${encodeURIComponent(type)}${queryWithoutPage(params)}`}
      download
      className={cn(buttonVariants({ variant: "outline", size: "sm" }), className)}
      data-testid={`ledger-${type}`}
    >
      <Download aria-hidden />
      {label ?? t("download")}
    </a>
  );
}
