import type { ComponentProps, ReactNode } from "react";
import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";

import { cn } from "./cn";

export type AlertVariant = "info" | "error" | "success" | "warning";

const variants: Record<AlertVariant, { className: string; icon: ReactNode }> = {
  info: {
    className: "border-info/25 bg-info-soft text-info",
    icon: <Info aria-hidden="true" />,
  },
  success: {
    className: "border-success/25 bg-success-soft text-success",
    icon: <CircleCheck aria-hidden="true" />,
  },
  warning: {
    className: "border-warning/25 bg-warning-soft text-warning",
    icon: <TriangleAlert aria-hidden="true" />,
  },
  error: {
    className: "border-destructive/25 bg-danger-soft text-destructive",
    icon: <CircleAlert aria-hidden="true" />,
  },
};

type AlertProps = Omit<ComponentProps<"div">, "title"> & {
  variant: AlertVariant;
  title?: ReactNode;
  children?: ReactNode;
};

/**
 * Inline message. Never role="alert" (Next's route announcer already uses it):
 * info/success/warning are role="status"; error is an assertive live region
 * marked data-slot="form-error" so tests and scripts can find it.
 */
export function Alert({ variant, title, children, className, ...props }: AlertProps) {
  const { className: variantClassName, icon } = variants[variant];
  const semantics =
    variant === "error"
      ? { "data-slot": "form-error", "aria-live": "assertive" as const, "aria-atomic": true }
      : { "data-slot": "alert", role: "status" };
  return (
    <div
      {...semantics}
      data-variant={variant}
      className={cn(
        "flex items-start gap-3 rounded-lg border px-4 py-3 text-sm [&>svg]:mt-0.5 [&>svg]:size-4 [&>svg]:shrink-0",
        variantClassName,
        className,
      )}
      {...props}
    >
      {icon}
      <div className="grid min-w-0 gap-1">
        {title ? <p className="leading-snug font-semibold">{title}</p> : null}
        {children ? <div className="text-foreground/85 [&_p]:leading-relaxed">{children}</div> : null}
      </div>
    </div>
  );
}
