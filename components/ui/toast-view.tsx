"use client";

import type { ReactNode } from "react";
import { Toast as ToastPrimitive } from "radix-ui";
import { CircleAlert, CircleCheck, Info, X } from "lucide-react";

import { cn } from "./cn";
import { dismissToast, type ToasterProps, type ToastItem, type ToastVariant } from "./toast";

const variantStyles: Record<ToastVariant, { className: string; icon: ReactNode }> = {
  default: {
    className: "border-border",
    icon: <Info aria-hidden="true" className="size-5 text-info" />,
  },
  success: {
    className: "border-success/40",
    icon: <CircleCheck aria-hidden="true" className="size-5 text-success" />,
  },
  error: {
    className: "border-destructive/40",
    icon: <CircleAlert aria-hidden="true" className="size-5 text-destructive" />,
  },
};

/** The toasts on screen; loaded by <Toaster /> when the first one opens. */
export default function ToastList({ items, label = "通知", closeLabel = "关闭", duration = 5000 }: ToasterProps & { items: ToastItem[] }) {
  return (
    <ToastPrimitive.Provider label={label} duration={duration} swipeDirection="right">
      {items.map((item) => {
        const variant = item.variant ?? "default";
        const style = variantStyles[variant];
        return (
          <ToastPrimitive.Root
            key={item.id}
            open={item.open}
            onOpenChange={(open) => {
              if (!open) dismissToast(item.id);
            }}
            duration={item.duration ?? (variant === "error" ? Math.max(duration, 8000) : undefined)}
            type={variant === "error" ? "foreground" : "background"}
            data-slot="toast"
            data-variant={variant}
            className={cn(
              "pointer-events-auto relative flex w-full items-start gap-3 rounded-lg border bg-popover p-4 pr-11 text-popover-foreground shadow-lg",
              "data-[state=closed]:animate-fade-out data-[state=open]:animate-toast-in",
              "data-[swipe=cancel]:translate-x-0 data-[swipe=cancel]:transition-[translate] data-[swipe=end]:animate-toast-swipe-out data-[swipe=move]:translate-x-(--radix-toast-swipe-move-x)",
              style.className,
            )}
          >
            <span className="mt-0.5 shrink-0">{style.icon}</span>
            <div className="grid min-w-0 gap-1">
              <ToastPrimitive.Title className="text-sm leading-snug font-semibold">
                {item.title}
              </ToastPrimitive.Title>
              {item.description ? (
                <ToastPrimitive.Description className="text-sm text-muted-foreground">
                  {item.description}
                </ToastPrimitive.Description>
              ) : null}
            </div>
            <ToastPrimitive.Close
              className="absolute top-2.5 right-2.5 inline-flex size-8 items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-accent hover:text-foreground"
              aria-label={closeLabel}
            >
              <X aria-hidden="true" className="size-4" />
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        );
      })}
      <ToastPrimitive.Viewport
        data-slot="toast-viewport"
        label={`${label} ({hotkey})`}
        className="pointer-events-none fixed right-0 bottom-0 z-100 flex max-h-dvh w-full flex-col gap-2 p-4 pb-[max(1rem,env(safe-area-inset-bottom))] sm:max-w-sm"
      />
    </ToastPrimitive.Provider>
  );
}
