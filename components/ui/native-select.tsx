import type { ComponentProps } from "react";
import { ChevronDown } from "lucide-react";

import { cn } from "./cn";
import { controlClassName } from "./input";

type NativeSelectProps = ComponentProps<"select"> & {
  /** Class for the wrapping element (width/layout); `className` styles the <select>. */
  wrapperClassName?: string;
};

/**
 * A styled native <select>. Submits with plain forms / server actions and works
 * without JavaScript; use this in forms. Pass <option> elements as children.
 */
export function NativeSelect({ className, wrapperClassName, ...props }: NativeSelectProps) {
  return (
    <div data-slot="native-select-wrapper" className={cn("relative w-full", wrapperClassName)}>
      <select
        data-slot="native-select"
        className={cn(controlClassName, "h-10 appearance-none py-2 pr-9", className)}
        {...props}
      />
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}
