"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { deleteRecordAction } from "@/lib/records/actions";
import type { RecordType } from "@/lib/records/registry";

interface DeleteRecordButtonProps {
  type: RecordType;
  id: string;
  /** The record as the user knows it (its title), named in the question and the toast. */
  name: string;
  /** Where to go once deleted (the list, from a detail page); without it the current page refreshes. */
  redirectTo?: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
}

/** Deletes a registered record after asking; the Party office can restore it from the recycle bin. */
export function DeleteRecordButton({ type, id, name, redirectTo, variant = "outline", size = "sm" }: DeleteRecordButtonProps) {
  const t = useTranslations("records.delete");
  const tCommon = useTranslations("common");
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant={variant} size={size} className="text-destructive">
          <Trash2 aria-hidden />
          {tCommon("delete")}
        </Button>
      }
      title={t("title")}
      description={t("confirm", { name })}
      confirmLabel={tCommon("delete")}
      cancelLabel={tCommon("cancel")}
      destructive
      onConfirm={async () => {
        const result = await deleteRecordAction({ type, id });
        if (!result.ok) {
          toast({ title: result.error, variant: "error" });
          return;
        }
        toast({ title: t("done", { name }), variant: "success" });
        if (redirectTo) router.push(redirectTo);
        else router.refresh();
      }}
    />
  );
}
