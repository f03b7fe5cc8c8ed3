"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  BookOpen,
  Building2,
  ClipboardCheck,
  FileText,
  Flag,
  HeartHandshake,
  LayoutDashboard,
  Network,
  ScrollText,
  ShieldCheck,
  Scale,
  Trash2,
  Users,
} from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { NavItem } from "./nav-items";

const ICONS: Record<NavItem["icon"], typeof BookOpen> = {
  dashboard: LayoutDashboard,
  education: BookOpen,
  management: ClipboardCheck,
  integrity: Scale,
  mass: HeartHandshake,
  summary: FileText,
  branches: Building2,
  org: Network,
  users: Users,
  security: ShieldCheck,
  audit: ScrollText,
  campaigns: Flag,
  recycleBin: Trash2,
};

function matches(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ business, admin, onNavigate }: { business: NavItem[]; admin: NavItem[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  // The most specific matching entry is the current one (/admin/security/policy, not /admin/security).
  const activeHref = [...business, ...admin]
    .filter((item) => matches(pathname, item.href))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  const renderItem = (item: NavItem) => {
    const Icon = ICONS[item.icon];
    const active = item.href === activeHref;
    return (
      <li key={item.href}>
        <Link
          href={item.href}
          onClick={onNavigate}
          aria-current={active ? "page" : undefined}
          className={cn(
            "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors",
            active ? "bg-primary-soft text-primary" : "text-foreground/80 hover:bg-accent hover:text-foreground",
          )}
        >
          <Icon className="size-4" aria-hidden />
          {t(item.labelKey)}
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label={t("main")} className="grid gap-4">
      {business.length ? <ul className="grid gap-1">{business.map(renderItem)}</ul> : null}
      {admin.length ? (
        <div className="grid gap-1">
          <p className="px-3 text-xs font-semibold tracking-wide text-muted-foreground">{t("admin")}</p>
          <ul className="grid gap-1">{admin.map(renderItem)}</ul>
        </div>
      ) : null}
    </nav>
  );
}
