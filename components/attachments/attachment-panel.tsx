"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FileText, Paperclip, Trash2, Upload } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/define-action";
import { deleteAttachmentAction } from "@/lib/attachments/actions";
import {
  ATTACHMENT_ACCEPT,
  extensionOf,
  formatFileSize,
  isAcceptedExtension,
  isImageType,
  MAX_ATTACHMENT_BYTES,
} from "@/lib/attachments/rules";
import type { RecordType } from "@/lib/records/registry";

export interface AttachmentItem {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

interface PendingUpload {
  key: string;
  fileName: string;
  /** Percent sent. */
  progress: number;
}

interface AttachmentPanelProps {
  recordType: RecordType;
  recordId: string;
  /** The record's attachments as listAttachments() returned them. */
  initial: AttachmentItem[];
  canEdit: boolean;
}

/** Sends one file with upload progress (fetch() reports none) and resolves with the server's ActionResult. */
function sendFile(recordType: string, recordId: string, file: File, onProgress: (percent: number) => void) {
  return new Promise<ActionResult<AttachmentItem[]> | null>((resolve) => {
    const form = new FormData();
    form.append("recordType", recordType);
    form.append("recordId", recordId);
    form.append("files", file);
    const request = new XMLHttpRequest();
    request.open("POST", "/api/attachments");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    // A body that is not our JSON (a proxy's error page, a dropped connection) resolves to null.
    request.onload = () => resolve(request.response && typeof request.response === "object" ? request.response : null);
    request.onerror = () => resolve(null);
    request.send(form);
  });
}

/**
 * Evidence files of one record: image thumbnails, other files listed with their size, uploads
 * with progress (one request per file) and deletion with confirmation. The server checks every
 * file's content; this component only spares the user a pointless upload.
 */
export function AttachmentPanel({ recordType, recordId, initial, canEdit }: AttachmentPanelProps) {
  const t = useTranslations("records.attachments");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState(initial);
  const [uploads, setUploads] = useState<PendingUpload[]>([]);
  const [errors, setErrors] = useState<string[]>([]);

  async function upload(files: File[]) {
    setErrors([]);
    const problems: string[] = [];
    const accepted = files.filter((file) => {
      if (!isAcceptedExtension(extensionOf(file.name))) problems.push(t("typeNotAccepted", { name: file.name }));
      else if (file.size > MAX_ATTACHMENT_BYTES) problems.push(t("tooLarge", { name: file.name }));
      else return true;
      return false;
    });
    setErrors(problems);
    let added = 0;
    // One after another: a phone's uplink is shared, and each file shows its own progress.
    for (const [index, file] of accepted.entries()) {
      const key = `${Date.now()}-${index}`;
      setUploads((current) => [...current, { key, fileName: file.name, progress: 0 }]);
      const result = await sendFile(recordType, recordId, file, (progress) =>
        setUploads((current) => current.map((entry) => (entry.key === key ? { ...entry, progress } : entry))),
      );
      setUploads((current) => current.filter((entry) => entry.key !== key));
      if (result?.ok) {
        added += result.data.length;
        setItems((current) => [...current, ...result.data]);
      } else {
        const detail = result && !result.ok ? (result.fieldErrors?.files?.join(" ") ?? result.error) : t("uploadFailed", { name: file.name });
        setErrors((current) => [...current, detail]);
      }
    }
    if (added > 0) {
      toast({ title: t("uploaded", { count: added }), variant: "success" });
      router.refresh();
    }
  }

  async function remove(item: AttachmentItem) {
    const result = await deleteAttachmentAction({ id: item.id });
    if (!result.ok) {
      toast({ title: result.error, variant: "error" });
      return;
    }
    setItems((current) => current.filter((entry) => entry.id !== item.id));
    toast({ title: t("deleted", { name: item.fileName }), variant: "success" });
    router.refresh();
  }

  const images = items.filter((item) => isImageType(item.mimeType));
  const documents = items.filter((item) => !isImageType(item.mimeType));
  const href = (item: AttachmentItem) => `/api/attachments/${item.id}`;
  const deleteButton = (item: AttachmentItem) =>
    canEdit ? (
      <ConfirmDialog
        trigger={
          <Button variant="ghost" size="icon" className="size-8 shrink-0" aria-label={t("deleteLabel", { name: item.fileName })}>
            <Trash2 />
          </Button>
        }
        title={t("deleteTitle")}
        description={t("deleteConfirm", { name: item.fileName })}
        confirmLabel={tCommon("delete")}
        cancelLabel={tCommon("cancel")}
        destructive
        onConfirm={() => remove(item)}
      />
    ) : null;

  return (
    <section aria-labelledby={`attachments-${recordId}`} className="grid gap-3" data-testid="attachment-panel">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`attachments-${recordId}`} className="flex items-center gap-2 text-base font-semibold">
          <Paperclip className="size-4" aria-hidden />
          {t("title")} <span className="text-sm font-normal text-muted-foreground">({items.length})</span>
        </h2>
        {canEdit ? (
          <>
            <Button type="button" variant="outline" size="sm" onClick={() => input.current?.click()} pending={uploads.length > 0}>
              <Upload aria-hidden />
              {t("upload")}
            </Button>
            <input
              ref={input}
              type="file"
              multiple
              accept={ATTACHMENT_ACCEPT}
              className="sr-only"
              tabIndex={-1}
              aria-label={t("upload")}
              data-testid="attachment-input"
              onChange={(event) => {
                const files = [...(event.currentTarget.files ?? [])];
                event.currentTarget.value = "";
                if (files.length) void upload(files);
              }}
            />
          </>
        ) : null}
      </div>
      {canEdit ? <p className="text-xs text-muted-foreground">{t("hint")}</p> : null}

      {uploads.map((entry) => (
        <div key={entry.key} className="grid gap-1 text-sm">
          <span className="truncate">{t("uploading", { name: entry.fileName })}</span>
          <progress className="h-2 w-full accent-primary" max={100} value={entry.progress} aria-label={t("uploading", { name: entry.fileName })} />
        </div>
      ))}
      {errors.length ? (
        <Alert variant="error">
          <ul className="grid gap-1">
            {errors.map((error, index) => (
              <li key={index}>{error}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      {items.length === 0 && uploads.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : null}

      {images.length ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {images.map((item) => (
            <li key={item.id} className="grid gap-1">
              <a href={href(item)} target="_blank" rel="noopener" className="block overflow-hidden rounded-md border bg-muted">
                {/* eslint-disable-next-line @next/next/no-img-element -- private evidence behind a session: not for Next's public image optimiser */}
                <img src={href(item)} alt={item.fileName} loading="lazy" className="aspect-square w-full object-cover" />
              </a>
              <div className="flex items-center justify-between gap-1 text-xs">
                <span className="truncate" title={item.fileName}>
                  {item.fileName}
                </span>
                {deleteButton(item)}
              </div>
            </li>
          ))}
        </ul>
      ) : null}

      {documents.length ? (
        <ul className="grid divide-y rounded-md border">
          {documents.map((item) => (
            <li key={item.id} className="flex items-center gap-3 px-3 py-2 text-sm">
              <FileText className="size-4 shrink-0 text-muted-foreground" aria-hidden />
              <a href={href(item)} className="min-w-0 flex-1 truncate text-primary hover:underline" download={item.fileName}>
                {item.fileName}
              </a>
              <span className="shrink-0 text-xs text-muted-foreground tabular-nums">{formatFileSize(item.size)}</span>
              {deleteButton(item)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
