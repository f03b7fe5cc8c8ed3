import Link from "next/link";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { listPageHref } from "@/lib/records/list-query";

type RawParams = Record<string, string | string[] | undefined>;

/** Links that switch one facet of a list (全部 / 中心组 / 支部), keeping the other filters and starting again at page 1. */
export function FacetLinks({ basePath, params, name, value, options, label }: {
  basePath: string;
  params: RawParams;
  name: string;
  value: string | undefined;
  options: { value: string | undefined; label: string }[];
  label: string;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-1">
      {options.map((option) => {
        const active = option.value === value;
        const href = listPageHref(basePath, { ...params, [name]: option.value }, 1);
        return (
          <Link
            key={option.value ?? "all"}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "rounded-full border px-3 py-1 text-sm transition-colors",
              active ? "border-primary bg-primary-soft text-primary" : "text-muted-foreground hover:bg-accent hover:text-foreground",
            )}
          >
            {option.label}
          </Link>
        );
      })}
    </nav>
  );
}

export function NewRecordLink({ href, label }: { href: string; label: string }) {
  return (
    <Button asChild size="sm">
      <Link href={href}>
        <Plus aria-hidden />
        {label}
      </Link>
    </Button>
  );
}
