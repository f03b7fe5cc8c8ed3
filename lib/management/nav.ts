import { SECTION_SLUGS, sectionPath } from "./sections";

// The management pillar's tabs: the overview, the record sections, and the pages of supervision,
// evaluations, democratic life meetings and rectification, which live beside them under /management.
export const MANAGEMENT_NAV: { key: string; href: string }[] = [
  { key: "overview", href: "/management" },
  ...SECTION_SLUGS.map((slug) => ({ key: slug, href: sectionPath(slug) })),
  { key: "supervision", href: "/management/supervision" },
  { key: "evaluations", href: "/management/evaluations" },
  { key: "democratic-life", href: "/management/democratic-life" },
  { key: "rectification", href: "/management/rectification" },
];
