import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { sectionPath, type SectionSlug } from "@/lib/management/sections";

const RECT_PAGES = ["supervision", "evaluations", "democratic-life", "rectification"] as const;

/** The management pillar's landing page: each part with the number of records the user may read. */
export async function ManagementOverview({ sections }: { sections: { slug: SectionSlug; count: number }[] }) {
  const t = await getTranslations("management");
  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {sections.map(({ slug, count }) => (
          <li key={slug}>
            <Link href={sectionPath(slug)} className="block h-full rounded-xl focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
              <Card className="h-full transition-colors hover:border-primary">
                <CardHeader>
                  <CardTitle className="flex items-baseline justify-between gap-2">
                    {t(`sections.${slug}.title`)}
                    <span className="text-2xl font-semibold tabular-nums" data-testid={`overview-count-${slug}`}>
                      {count}
                    </span>
                  </CardTitle>
                  <CardDescription>{t(`sections.${slug}.description`)}</CardDescription>
                </CardHeader>
              </Card>
            </Link>
          </li>
        ))}
        {RECT_PAGES.map((page) => (
          <li key={page}>
            <Link href={`/management/${page}`} className="block h-full rounded-xl focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
              <Card className="h-full transition-colors hover:border-primary">
                <CardContent className="py-6 font-medium">{t(`nav.${page}`)}</CardContent>
              </Card>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
