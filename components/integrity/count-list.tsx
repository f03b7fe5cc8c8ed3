import Link from "next/link";
import { ChevronRight } from "lucide-react";

export interface CountItem {
  label: string;
  count: number;
  /** The filtered list behind the figure. */
  href?: string;
  /** Shown after the count, e.g. "覆盖 120 人". */
  extra?: string;
  testId?: string;
}

/** Figures of one card, each row a link to the records it counts (also used by the mass pages). */
export function CountList({ items }: { items: CountItem[] }) {
  return (
    <ul className="grid divide-y">
      {items.map((item) => {
        const body = (
          <>
            <span className="min-w-0 flex-1">
              {item.label}
              {item.extra ? <span className="block text-xs text-muted-foreground">{item.extra}</span> : null}
            </span>
            <span data-slot="count" className={item.count ? "text-base font-semibold tabular-nums" : "text-base tabular-nums text-muted-foreground"}>
              {item.count}
            </span>
          </>
        );
        return (
          <li key={item.label} data-testid={item.testId}>
            {item.href ? (
              <Link href={item.href} className="-mx-2 flex items-center gap-3 rounded-md px-2 py-2 text-sm hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
                {body}
                <ChevronRight className="size-4 text-muted-foreground" aria-hidden />
              </Link>
            ) : (
              <div className="flex items-center gap-3 py-2 text-sm">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
