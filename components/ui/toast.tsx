"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { Toast as ToastPrimitive } from "radix-ui";
import { CircleAlert, CircleCheck, Info, X } from "lucide-react";

import { cn } from "./cn";

export type ToastVariant = "default" | "success" | "error";

export type ToastOptions = {
  title: ReactNode;
  description?: ReactNode;
  variant?: ToastVariant;
  /** Milliseconds before auto-dismiss (default 5 s; errors 8 s). */
  duration?: number;
};

type ToastItem = ToastOptions & { id: string; open: boolean };

/* ---------- module-level store ---------- */

const MAX_TOASTS = 5;
/** Keep closed toasts mounted long enough for the exit animation. */
const REMOVE_DELAY = 400;

let toasts: ToastItem[] = [];
let counter = 0;
const listeners = new Set<() => void>();
const EMPTY: ToastItem[] = [];

function setToasts(next: ToastItem[]) {
  toasts = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Close a toast (or all toasts when no id is given). */
export function dismissToast(id?: string) {
  setToasts(toasts.map((t) => (id === undefined || t.id === id ? { ...t, open: false } : t)));
  setTimeout(() => {
    setToasts(toasts.filter((t) => t.open || (id !== undefined && t.id !== id)));
  }, REMOVE_DELAY);
}

/** Show a toast from any client component. Requires <Toaster /> once in the layout. */
export function toast(options: ToastOptions) {
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  const id = `toast-${counter}`;
  const alreadyOpen = toasts.filter((t) => t.open);
  setToasts([...toasts, { variant: "default", ...options, id, open: true }]);
  // Keep at most MAX_TOASTS on screen: close the oldest ones.
  alreadyOpen
    .slice(0, Math.max(0, alreadyOpen.length + 1 - MAX_TOASTS))
    .forEach((t) => dismissToast(t.id));
  return { id, dismiss: () => dismissToast(id) };
}

/* ---------- view ---------- */

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

type ToasterProps = {
  /** Accessible name of the notification region and prefix announced with each toast
   *  (Radix defaults are English). The region is reachable with F8. */
  label?: string;
  /** Accessible name of each toast's × button. */
  closeLabel?: string;
  /** Default auto-dismiss time in ms. */
  duration?: number;
};

/** Render once in the root layout. */
export function Toaster({ label = "通知", closeLabel = "关闭", duration = 5000 }: ToasterProps) {
  const items = useSyncExternalStore(subscribe, () => toasts, () => EMPTY);

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
