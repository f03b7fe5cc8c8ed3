"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

const TABS = [
  { href: "/education", key: "overview" },
  { href: "/education/study", key: "study" },
  { href: "/education/checklist", key: "checklist" },
  { href: "/education/org-life", key: "orgLife" },
  { href: "/education/activities", key: "activities" },
] as const;

function isActive(pathname: string, href: string) {
  return href === "/education" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/** The pillar's sections; scrolls sideways on a phone rather than wrapping. */
export function EducationTabs() {
  const pathname = usePathname();
  const t = useTranslations("education.tabs");
  return (
    <nav aria-label={t("label")} className="-mx-4 overflow-x-auto border-b px-4 md:mx-0 md:px-0">
      <ul className="flex min-w-max gap-1">
        {TABS.map((tab) => {
          const active = isActive(pathname, tab.href);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex h-10 items-center border-b-2 px-3 text-sm font-medium transition-colors",
                  active ? "border-primary text-primary" : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
