import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/integrity/section-nav";

export type MassSection = "overview" | "activities" | "organizations";

const HREFS: Record<MassSection, string> = { overview: "/mass", activities: "/mass/activities", organizations: "/mass/organizations" };

export async function MassNav({ current }: { current: MassSection }) {
  const t = await getTranslations("mass");
  return (
    <SectionNav
      label={t("title")}
      links={(Object.keys(HREFS) as MassSection[]).map((section) => ({ href: HREFS[section], label: t(`tabs.${section}`), active: section === current }))}
    />
  );
}
