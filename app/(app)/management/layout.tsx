import { getTranslations } from "next-intl/server";
import { ManagementNav } from "@/components/management/management-nav";
import { requirePageUser } from "@/lib/auth/session";
import { MANAGEMENT_NAV } from "@/lib/management/nav";

// Checked here, above the section's loading boundary, so that a refused visitor gets a real
// 403 before any streaming starts (a check inside a streamed page can only show the 403 page).
export default async function ManagementLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("records.read");
  const t = await getTranslations("management");
  return (
    <div className="grid gap-6">
      <ManagementNav label={t("title")} links={MANAGEMENT_NAV.map((item) => ({ href: item.href, label: t(`nav.${item.key}`) }))} />
      {children}
    </div>
  );
}
