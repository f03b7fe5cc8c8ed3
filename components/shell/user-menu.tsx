"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";
import { ChevronDown, KeyRound, Languages, LogOut } from "lucide-react";
import { setLocaleAction } from "@/lib/i18n/actions";

const itemClass =
  "flex cursor-pointer items-center gap-2 rounded-sm px-2 py-2 text-sm outline-none data-[highlighted]:bg-accent";

export function UserMenu({ displayName, roleLabel }: { displayName: string; roleLabel: string }) {
  const t = useTranslations("app");
  const locale = useLocale();
  const router = useRouter();
  const [, startTransition] = useTransition();

  const switchLanguage = () =>
    startTransition(async () => {
      await setLocaleAction(locale === "en" ? "zh-CN" : "en");
      router.refresh();
    });

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="flex items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
        <span className="grid leading-tight whitespace-nowrap">
          <span className="font-medium" data-testid="current-user">
            {displayName}
          </span>
          <span className="text-xs text-muted-foreground" data-testid="current-role">
            {roleLabel}
          </span>
        </span>
        <ChevronDown className="size-4 text-muted-foreground" aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 min-w-44 rounded-md border bg-popover p-1 shadow-md">
          <DropdownMenu.Item className={itemClass} onSelect={switchLanguage}>
            <Languages className="size-4" aria-hidden />
            {t("switchTo")}
          </DropdownMenu.Item>
          <DropdownMenu.Item className={itemClass} asChild>
            <Link href="/account/password">
              <KeyRound className="size-4" aria-hidden />
              {t("changePassword")}
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item className={itemClass} onSelect={() => signOut({ callbackUrl: "/login" })}>
            <LogOut className="size-4" aria-hidden />
            {t("signOut")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
