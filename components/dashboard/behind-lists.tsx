import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { LeadershipData } from "@/lib/dashboard/leadership";
import { drillHref } from "@/lib/metrics/filter";
import { METRICS } from "@/lib/metrics/registry";

export const LEVEL_VARIANT = { ON_TRACK: "success", YELLOW: "warning", RED: "danger", OVERDUE: "danger" } as const;

/** "What is behind": each list's count links to all its rows; its first rows link to the records. */
export async function BehindLists({ behind }: { behind: LeadershipData["behind"] }) {
  const t = await getTranslations("dashboard");
  return (
    <section aria-labelledby="behind-heading" className="grid gap-4">
      <h2 id="behind-heading" className="text-lg font-semibold">
        {t("behind.title")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {behind.map((list) => (
          <Card key={list.key} className="gap-3 py-4 sm:gap-3 sm:py-4">
            <CardHeader className="px-4 sm:px-4">
              <CardTitle as="h3" className="flex items-center justify-between gap-2 text-sm">
                <span>{t(`behind.${METRICS[list.key].labelKey}`)}</span>
                <Link href={drillHref(list.key, list.filter)} className="text-base font-semibold tabular-nums underline-offset-4 hover:underline" data-testid={`behind-${list.key}`}>
                  {list.total}
                </Link>
              </CardTitle>
            </CardHeader>
            <CardContent className="px-4 sm:px-4">
              {list.rows.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("behind.none")}</p>
              ) : (
                <ul className="grid gap-1.5 text-sm">
                  {list.rows.map((row) => {
                    const text = (
                      <>
                        <span className="truncate">{row.title}</span>
                        {row.date ? <span className="shrink-0 text-xs text-muted-foreground tabular-nums">{row.date}</span> : null}
                      </>
                    );
                    return (
                      <li key={row.id} className="flex min-w-0 items-center gap-2">
                        {row.level ? <Badge variant={LEVEL_VARIANT[row.level as keyof typeof LEVEL_VARIANT] ?? "outline"}>{t(`levels.${row.level}`)}</Badge> : null}
                        {row.href ? (
                          <Link href={row.href} className="flex min-w-0 flex-1 justify-between gap-2 hover:underline">
                            {text}
                          </Link>
                        ) : (
                          <span className="flex min-w-0 flex-1 justify-between gap-2">{text}</span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </CardContent>
          </Card>
        ))}
      </div>
    </section>
  );
}
