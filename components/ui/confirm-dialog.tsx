"use client";

import { useState, type ReactNode } from "react";
import { AlertDialog } from "radix-ui";

import { Button } from "./button";
import {
  contentClassName,
  descriptionClassName,
  footerClassName,
  headerClassName,
  overlayClassName,
  titleClassName,
} from "./dialog-styles";

type ConfirmDialogProps = {
  /** A single focusable element (usually a Button); it opens the dialog. */
  trigger: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  /** Use the destructive button style for the confirm action. */
  destructive?: boolean;
  /**
   * Runs on confirm; the confirm button shows a spinner until it settles. The dialog
   * closes when it resolves and stays open (pending cleared) if it throws — report
   * failures yourself (e.g. with toast()).
   */
  onConfirm: () => void | Promise<void>;
};

export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  cancelLabel,
  destructive = false,
  onConfirm,
}: ConfirmDialogProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);

  async function handleConfirm() {
    if (pending) return;
    setPending(true);
    try {
      await onConfirm();
      setOpen(false);
    } finally {
      setPending(false);
    }
  }

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!pending) setOpen(next);
      }}
    >
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay data-slot="confirm-dialog-overlay" className={overlayClassName} />
        <AlertDialog.Content
          data-slot="confirm-dialog"
          className={contentClassName}
          aria-busy={pending || undefined}
          {...(description ? null : { "aria-describedby": undefined })}
          onEscapeKeyDown={(event) => {
            if (pending) event.preventDefault();
          }}
        >
          <div className={headerClassName}>
            <AlertDialog.Title className={titleClassName}>{title}</AlertDialog.Title>
            {description ? (
              <AlertDialog.Description className={descriptionClassName}>
                {description}
              </AlertDialog.Description>
            ) : null}
          </div>
          <div className={footerClassName}>
            <AlertDialog.Cancel asChild>
              <Button variant="outline" disabled={pending}>
                {cancelLabel}
              </Button>
            </AlertDialog.Cancel>
            <Button
              type="button"
              variant={destructive ? "destructive" : "default"}
              pending={pending}
              onClick={() => {
                void handleConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
