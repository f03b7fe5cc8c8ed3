import { Search } from "lucide-react";

import { Button } from "./button";
import { cn } from "./cn";
import { Input } from "./input";

type SearchFormProps = {
  /** Target URL; defaults to the current page. */
  action?: string;
  defaultValue?: string;
  placeholder: string;
  submitLabel: string;
  /** Query parameter name. */
  name?: string;
  /** Extra query parameters to keep (e.g. current filters). Empty values are dropped. */
  hidden?: Record<string, string>;
  /** Accessible name of the search box; defaults to `placeholder`. */
  label?: string;
  className?: string;
};

/** A GET form for server-side search; Enter submits, works without JavaScript. */
export function SearchForm({
  action,
  defaultValue = "",
  placeholder,
  submitLabel,
  name = "q",
  hidden,
  label,
  className,
}: SearchFormProps) {
  return (
    <form
      role="search"
      method="get"
      action={action}
      data-slot="search-form"
      className={cn("flex w-full gap-2 sm:max-w-md", className)}
    >
      {hidden
        ? Object.entries(hidden)
            .filter(([key, value]) => key !== name && value !== "")
            .map(([key, value]) => <input key={key} type="hidden" name={key} value={value} />)
        : null}
      <div className="relative min-w-0 flex-1">
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
        />
        <Input
          type="search"
          name={name}
          defaultValue={defaultValue}
          placeholder={placeholder}
          aria-label={label ?? placeholder}
          enterKeyHint="search"
          autoComplete="off"
          className="pl-9"
        />
      </div>
      <Button type="submit" variant="secondary" className="shrink-0">
        {submitLabel}
      </Button>
    </form>
  );
}
