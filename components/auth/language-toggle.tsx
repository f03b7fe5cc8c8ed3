"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Languages } from "lucide-react";
import { Button } from "@/components/ui/button";
import { setLocaleAction } from "@/lib/i18n/actions";

export function LanguageToggle() {
  const t = useTranslations("app");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="ghost"
      size="sm"
      pending={pending}
      onClick={() =>
        startTransition(async () => {
          await setLocaleAction(locale === "en" ? "zh-CN" : "en");
          router.refresh();
        })
      }
    >
      <Languages aria-hidden />
      {t("switchTo")}
    </Button>
  );
}
