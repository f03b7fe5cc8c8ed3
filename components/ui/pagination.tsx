import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";

import { buttonVariants } from "./button";
import { cn } from "./cn";

type PaginationProps = {
  /** 1-based current page. */
  page: number;
  pageSize: number;
  total: number;
  hrefForPage: (page: number) => string;
  labels: {
    previous: string;
    next: string;
    /** Pre-formatted, e.g. "共 128 条，第 2 / 13 页". */
    summary: string;
    /** Accessible name of the <nav> (e.g. "分页"). */
    nav?: string;
  };
  className?: string;
};

type PageSlot = number | "gap-start" | "gap-end";

/** 1 … (page-1) page (page+1) … last */
function pageSlots(page: number, totalPages: number): PageSlot[] {
  if (totalPages <= 7) return Array.from({ length: totalPages }, (_, i) => i + 1);
  const start = Math.max(2, Math.min(page - 1, totalPages - 4));
  const end = Math.min(totalPages - 1, Math.max(page + 1, 5));
  const slots: PageSlot[] = [1];
  if (start > 2) slots.push("gap-start");
  for (let p = start; p <= end; p++) slots.push(p);
  if (end < totalPages - 1) slots.push("gap-end");
  slots.push(totalPages);
  return slots;
}

/** Link-based pagination; no client state, so it renders in server components. */
export function Pagination({ page, pageSize, total, hrefForPage, labels, className }: PaginationProps) {
  const totalPages = Math.max(1, Math.ceil(Math.max(0, total) / Math.max(1, pageSize)));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), totalPages);
  const stepClass = cn(buttonVariants({ variant: "outline", size: "sm" }), "min-w-20");

  const step = (target: number, enabled: boolean, rel: "prev" | "next") => {
    const content =
      rel === "prev" ? (
        <>
          <ChevronLeft aria-hidden="true" />
          {labels.previous}
        </>
      ) : (
        <>
          {labels.next}
          <ChevronRight aria-hidden="true" />
        </>
      );
    return enabled ? (
      <Link href={hrefForPage(target)} rel={rel} className={stepClass}>
        {content}
      </Link>
    ) : (
      <a role="link" aria-disabled="true" className={stepClass}>
        {content}
      </a>
    );
  };

  return (
    <div
      data-slot="pagination"
      className={cn(
        "flex flex-col gap-3 text-sm sm:flex-row sm:items-center sm:justify-between",
        className,
      )}
    >
      <p className="text-muted-foreground">{labels.summary}</p>
      {totalPages > 1 ? (
        <nav aria-label={labels.nav}>
          <ul className="flex items-center justify-between gap-1 sm:justify-end">
            <li>{step(current - 1, current > 1, "prev")}</li>
            {pageSlots(current, totalPages).map((slot) =>
              typeof slot === "number" ? (
                <li key={slot} className="hidden sm:block">
                  <Link
                    href={hrefForPage(slot)}
                    aria-current={slot === current ? "page" : undefined}
                    className={cn(
                      buttonVariants({
                        variant: slot === current ? "default" : "ghost",
                        size: "sm",
                      }),
                      "min-w-8 px-2 tabular-nums",
                    )}
                  >
                    {slot}
                  </Link>
                </li>
              ) : (
                <li key={slot} aria-hidden="true" className="hidden px-1 text-muted-foreground sm:block">
                  …
                </li>
              ),
            )}
            <li>{step(current + 1, current < totalPages, "next")}</li>
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
