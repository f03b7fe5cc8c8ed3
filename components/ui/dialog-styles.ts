/** Shared by Dialog and ConfirmDialog (internal). */
export const overlayClassName =
  "fixed inset-0 z-50 bg-black/50 data-[state=closed]:animate-fade-out data-[state=open]:animate-fade-in";

/** Bottom sheet on phones, centred box from `sm` up. */
export const contentClassName =
  "fixed inset-x-0 bottom-0 z-50 grid max-h-[90dvh] w-full gap-4 overflow-y-auto rounded-t-xl border bg-card p-5 pb-[max(1.25rem,env(safe-area-inset-bottom))] text-card-foreground shadow-lg focus:outline-hidden data-[state=closed]:animate-sheet-out data-[state=open]:animate-sheet-in sm:inset-x-auto sm:bottom-auto sm:top-1/2 sm:left-1/2 sm:max-w-lg sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-xl sm:p-6 sm:data-[state=closed]:animate-pop-out sm:data-[state=open]:animate-pop-in";

export const headerClassName = "flex flex-col gap-1.5 text-left";
export const footerClassName = "flex flex-col-reverse gap-2 sm:flex-row sm:justify-end";
export const titleClassName = "text-lg leading-snug font-semibold";
export const descriptionClassName = "text-sm text-muted-foreground";
