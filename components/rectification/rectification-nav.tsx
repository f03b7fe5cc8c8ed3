import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/integrity/section-nav";

export type RectificationSection = "items" | "plans" | "supervision" | "evaluations" | "democraticLife";

const HREFS: Record<RectificationSection, string> = {
  items: "/management/rectification",
  plans: "/management/rectification/plans",
  supervision: "/management/supervision",
  evaluations: "/management/evaluations",
  democraticLife: "/management/democratic-life",
};

/** Supervision and rectification pages as tabs: from a finding or a meeting to its items and back. */
export async function RectificationNav({ current }: { current: RectificationSection }) {
  const [t, ts] = await Promise.all([getTranslations("rectification"), getTranslations("supervision")]);
  const labels: Record<RectificationSection, string> = {
    items: t("title"),
    plans: t("plans"),
    supervision: ts("title"),
    evaluations: ts("evaluations.title"),
    democraticLife: ts("democraticLife.title"),
  };
  return (
    <SectionNav
      label={t("title")}
      links={(Object.keys(HREFS) as RectificationSection[]).map((section) => ({ href: HREFS[section], label: labels[section], active: section === current }))}
    />
  );
}
