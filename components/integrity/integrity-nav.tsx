import { getTranslations } from "next-intl/server";
import { SectionNav } from "./section-nav";

export type IntegritySection = "overview" | "activities" | "checks";

const HREFS: Record<IntegritySection, string> = { overview: "/integrity", activities: "/integrity/activities", checks: "/integrity/checks" };

export async function IntegrityNav({ current }: { current: IntegritySection }) {
  const t = await getTranslations("integrity");
  return (
    <SectionNav
      label={t("title")}
      links={(Object.keys(HREFS) as IntegritySection[]).map((section) => ({ href: HREFS[section], label: t(`tabs.${section}`), active: section === current }))}
    />
  );
}
