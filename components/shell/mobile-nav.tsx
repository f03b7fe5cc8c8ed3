"use client";

import { lazy, Suspense, useRef, useState } from "react";
import { Menu } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { NavItem } from "./nav-items";

// The drawer (Radix Dialog, focus trap, scroll lock: about 20 KB gzipped) is fetched when a phone
// user first opens it, not with every page on every screen.
const MobileNavDrawer = lazy(() => import("./mobile-nav-drawer"));

/** On a phone the sidebar becomes a drawer from the left. */
export function MobileNav({ business, admin, title }: { business: NavItem[]; admin: NavItem[]; title: string }) {
  const [open, setOpen] = useState(false);
  // Stays mounted after the first opening so that closing animates and reopening is instant.
  const [opened, setOpened] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const t = useTranslations("app");
  return (
    <>
      <Button
        ref={trigger}
        variant="ghost"
        size="icon"
        className="md:hidden"
        aria-label={t("openMenu")}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        <Menu />
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <MobileNavDrawer open={open} onOpenChange={setOpen} trigger={trigger} business={business} admin={admin} title={title} />
        </Suspense>
      ) : null}
    </>
  );
}
