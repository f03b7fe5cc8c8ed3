"use client";

import { usePathname } from "next/navigation";
import { SectionNav } from "@/components/integrity/section-nav";

/**
 * The management pillar's pages as tabs, shown by the section's layout above every page (also
 * the supervision, evaluation, democratic life and rectification pages). The current tab is the
 * longest link the path starts with, so a record's page keeps its list's tab lit.
 */
export function ManagementNav({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = links
    .filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))
    .reduce<string | null>((best, link) => (best && best.length >= link.href.length ? best : link.href), null);
  return <SectionNav label={label} links={links.map((link) => ({ ...link, active: link.href === current }))} />;
}
