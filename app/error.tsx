"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { StatusPage } from "@/components/shell/status-page";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <StatusPage code="500" title={t("errorTitle")} body={t("unexpected")} homeLabel={t("home")}>
      <Button onClick={reset}>{t("retry")}</Button>
    </StatusPage>
  );
}
