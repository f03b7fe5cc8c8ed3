"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/actions/define-action";
import { ActionForm, SubmitButton, type SchemaLoader } from "./action-form";

interface FormDialogProps {
  /** The text of the button that opens the dialog. */
  triggerLabel: ReactNode;
  triggerVariant?: ButtonProps["variant"];
  triggerSize?: ButtonProps["size"];
  title: string;
  description?: string;
  action: (previous: ActionResult<unknown> | undefined, formData: FormData) => Promise<ActionResult<unknown>>;
  schema?: SchemaLoader;
  successMessage: string;
  submitLabel?: string;
  children: ReactNode;
}

/** A form in a dialog that closes itself once the server accepted it. */
export function FormDialog({
  triggerLabel,
  triggerVariant = "default",
  triggerSize = "default",
  title,
  description,
  action,
  schema,
  successMessage,
  submitLabel,
  children,
}: FormDialogProps) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={triggerVariant} size={triggerSize}>
          {triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent title={title} description={description} closeLabel={t("close")}>
        {/* Remounted on each opening so a cancelled edit leaves no stale errors behind. */}
        {open ? (
          <ActionForm action={action} schema={schema} successMessage={successMessage} onSuccess={() => setOpen(false)}>
            {children}
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button" variant="outline">
                  {t("cancel")}
                </Button>
              </DialogClose>
              <SubmitButton>{submitLabel ?? t("save")}</SubmitButton>
            </DialogFooter>
          </ActionForm>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
