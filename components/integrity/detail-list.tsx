import type { ReactNode } from "react";

/** A record's fields as label–value pairs; empty values are left out (also used by the mass pages). */
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
      {items
        .filter((item) => item.value !== null && item.value !== undefined && item.value !== "")
        .map((item) => (
          <div key={item.label} className="grid gap-0.5 sm:col-span-2 sm:grid-cols-subgrid">
            <dt className="text-muted-foreground">{item.label}</dt>
            <dd className="break-words whitespace-pre-line">{item.value}</dd>
          </div>
        ))}
    </dl>
  );
}
