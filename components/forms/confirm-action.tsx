"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button, type ButtonProps } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/define-action";

interface ConfirmActionProps<I> {
  label: ReactNode;
  title: string;
  description: string;
  confirmLabel?: string;
  successMessage: string;
  destructive?: boolean;
  variant?: ButtonProps["variant"];
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
}

/** A button that asks before it runs a server action (delete, disable, unlock…) and reports the outcome. */
export function ConfirmAction<I>({ label, title, description, confirmLabel, successMessage, destructive, variant = "outline", action, input }: ConfirmActionProps<I>) {
  const t = useTranslations("common");
  return (
    <ConfirmDialog
      trigger={
        <Button variant={variant} size="sm">
          {label}
        </Button>
      }
      title={title}
      description={description}
      confirmLabel={confirmLabel ?? t("confirm")}
      cancelLabel={t("cancel")}
      destructive={destructive}
      onConfirm={async () => {
        const result = await action(input);
        toast(result.ok ? { title: successMessage, variant: "success" } : { title: result.error, variant: "error" });
      }}
    />
  );
}
