"use client";

import { useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button-variants";
import { StatusPage } from "@/components/shell/status-page";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <StatusPage code="500" title={t("errorTitle")} body={t("unexpected")} homeLabel={t("home")}>
      <button type="button" onClick={reset} className={buttonVariants()}>
        {t("retry")}
      </button>
    </StatusPage>
  );
}
