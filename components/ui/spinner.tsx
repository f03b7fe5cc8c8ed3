import type { ComponentProps } from "react";
import { LoaderCircle } from "lucide-react";

import { cn } from "./cn";

type SpinnerProps = Omit<ComponentProps<"svg">, "children"> & {
  /** Accessible text (e.g. "加载中"). Without it the spinner is decorative (aria-hidden). */
  label?: string;
};

export function Spinner({ label, className, ...props }: SpinnerProps) {
  const icon = (
    <LoaderCircle
      data-slot="spinner"
      aria-hidden="true"
      className={cn("size-4 shrink-0 animate-spin", className)}
      {...props}
    />
  );
  if (!label) return icon;
  return (
    <span role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
