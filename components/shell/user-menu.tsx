"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ChevronDown, KeyRound, Languages, LogOut } from "lucide-react";
import { signOutTo } from "@/lib/auth/browser";
import { setLocaleAction } from "@/lib/i18n/actions";

const itemClass =
  "flex w-full cursor-pointer items-center gap-2 rounded-sm px-2 py-2 text-left text-sm outline-none hover:bg-accent focus-visible:bg-accent";

// A menu button written out rather than Radix's DropdownMenu: three items, always below the
// button, need no positioning engine, and every signed-in page loaded that engine (about 19 KB
// gzipped) for this menu alone. Keyboard use follows the WAI-ARIA menu button pattern.
export function UserMenu({ displayName, roleLabel }: { displayName: string; roleLabel: string }) {
  const t = useTranslations("app");
  const locale = useLocale();
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const move = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      all[(move + all.length) % all.length]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      setOpen(false);
    }
  };

  const switchLanguage = () => {
    close(true);
    startTransition(async () => {
      await setLocaleAction(locale === "en" ? "zh-CN" : "en");
      router.refresh();
    });
  };

  return (
    <div ref={root} className="relative">
      <button
        ref={trigger}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? "user-menu" : undefined}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            setOpen(true);
          }
        }}
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
      >
        <span className="grid leading-tight whitespace-nowrap">
          <span className="font-medium" data-testid="current-user">
            {displayName}
          </span>
          <span className="text-xs text-muted-foreground" data-testid="current-role">
            {roleLabel}
          </span>
        </span>
        <ChevronDown className="size-4 text-muted-foreground" aria-hidden />
      </button>
      {open ? (
        <div
          ref={menu}
          id="user-menu"
          role="menu"
          aria-label={displayName}
          onKeyDown={onMenuKeyDown}
          className="absolute top-full right-0 z-50 mt-1.5 min-w-44 rounded-md border bg-popover p-1 shadow-md"
        >
          <button type="button" role="menuitem" tabIndex={-1} className={itemClass} onClick={switchLanguage}>
            <Languages className="size-4" aria-hidden />
            {t("switchTo")}
          </button>
          <Link href="/account/password" role="menuitem" tabIndex={-1} className={itemClass} onClick={() => setOpen(false)}>
            <KeyRound className="size-4" aria-hidden />
            {t("changePassword")}
          </Link>
          <div role="separator" className="my-1 h-px bg-border" />
          <button type="button" role="menuitem" tabIndex={-1} className={itemClass} onClick={() => void signOutTo("/login")}>
            <LogOut className="size-4" aria-hidden />
            {t("signOut")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
