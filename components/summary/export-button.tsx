"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

/** The name the server gave the file (RFC 5987 filename* first). */
function fileNameFrom(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "");
  return encoded ? decodeURIComponent(encoded[1]) : fallback;
}

/**
 * Downloads the .docx while showing progress: the document is built on the server, then streamed;
 * the button says which stage it is in and how much has arrived.
 */
export function ExportButton({ href, label }: { href: string; label: string }) {
  const t = useTranslations("summary");
  const [stage, setStage] = useState<"idle" | "building" | "receiving">("idle");
  const [received, setReceived] = useState(0);

  async function download() {
    setStage("building");
    setReceived(0);
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        throw new Error(body?.error ?? t("exportFailed"));
      }
      setStage("receiving");
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let total = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        total += value.length;
        setReceived(total);
      }
      const url = URL.createObjectURL(new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" }));
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = fileNameFrom(response.headers.get("Content-Disposition"), "summary.docx");
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      toast({ title: t("exported"), variant: "success" });
    } catch (error) {
      toast({ title: error instanceof Error ? error.message : t("exportFailed"), variant: "error" });
    } finally {
      setStage("idle");
    }
  }

  return (
    <Button type="button" onClick={download} pending={stage !== "idle"} aria-live="polite">
      {stage === "building" ? t("exportBuilding") : stage === "receiving" ? t("exportReceiving", { kb: Math.ceil(received / 1024) }) : label}
    </Button>
  );
}
