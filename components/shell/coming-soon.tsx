import { getTranslations } from "next-intl/server";
import { Construction } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

type Section = "dashboard" | "education" | "management" | "integrity" | "mass" | "summary";

/** A section that a later release fills: says what will be there. `nested` leaves out the page heading. */
export async function ComingSoon({ section, nested = false }: { section: Section; nested?: boolean }) {
  const t = await getTranslations();
  const notice = <EmptyState icon={<Construction />} title={t("placeholder.comingTitle")} description={t(`placeholder.${section}`)} />;
  if (nested) return notice;
  return (
    <div className="grid gap-6">
      <PageHeader title={t(`nav.${section}`)} />
      {notice}
    </div>
  );
}
