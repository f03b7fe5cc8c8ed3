"use client";

import { lazy, Suspense, useSyncExternalStore, type ReactNode } from "react";

export type ToastVariant = "default" | "success" | "error";

export type ToastOptions = {
  title: ReactNode;
  description?: ReactNode;
  variant?: ToastVariant;
  /** Milliseconds before auto-dismiss (default 5 s; errors 8 s). */
  duration?: number;
};

export type ToastItem = ToastOptions & { id: string; open: boolean };

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

// The view (Radix Toast, its icons) is fetched with the first toast, not with every page.
const ToastList = lazy(() => import("./toast-view"));

export type ToasterProps = {
  /** Accessible name of the notification region and prefix announced with each toast
   *  (Radix defaults are English). The region is reachable with F8. */
  label?: string;
  /** Accessible name of each toast's × button. */
  closeLabel?: string;
  /** Default auto-dismiss time in ms. */
  duration?: number;
};

/** Render once in the root layout. */
export function Toaster(props: ToasterProps) {
  const items = useSyncExternalStore(subscribe, () => toasts, () => EMPTY);
  if (items.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <ToastList items={items} {...props} />
    </Suspense>
  );
}
