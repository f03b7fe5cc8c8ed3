import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Award } from "lucide-react";
import { RectificationNav } from "@/components/rectification/rectification-nav";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { loadEvaluationsPage } from "@/lib/supervision/pages";
import { EVALUATION_GRADES } from "@/lib/supervision/schema";
import { EvaluationDialog } from "./evaluation-dialog";

const GRADE_VARIANT = { GOOD: "success", FAIRLY_GOOD: "secondary", AVERAGE: "warning", POOR: "danger" } as const;

export async function EvaluationList({ year, data: { rows, grades, branches, canEdit } }: { year: number; data: Awaited<ReturnType<typeof loadEvaluationsPage>> }) {
  const t = await getTranslations("supervision.evaluations");
  return (
    <div className="grid gap-6">
      <PageHeader title={t("title")} description={t("description")} actions={canEdit ? <EvaluationDialog year={year} branches={branches} /> : null} />
      <RectificationNav current="evaluations" />
      <nav aria-label={t("year")} className="flex flex-wrap items-center gap-2 text-sm">
        {[year - 1, year, year + 1].map((option) => (
          <Button key={option} asChild size="sm" variant={option === year ? "default" : "outline"}>
            <Link href={`/management/evaluations?year=${option}`} aria-current={option === year ? "page" : undefined}>
              {option}
            </Link>
          </Button>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState icon={<Award />} title={t("empty")} />
      ) : (
        <>
          <p className="text-sm text-muted-foreground">{t("gradeCounts", Object.fromEntries(EVALUATION_GRADES.map((grade) => [grade, grades[grade] ?? 0])))}</p>
          <ul className="grid gap-2">
            {rows.map((row) => (
              <li key={row.id} id={`evaluation-${row.id}`} className="grid gap-2 rounded-lg border bg-card p-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{row.orgUnit.name}</span>
                    {row.secretary ? <span className="text-muted-foreground">{row.secretary}</span> : null}
                    <Badge variant={GRADE_VARIANT[row.grade]}>{t(`grades.${row.grade}`)}</Badge>
                    {row.score !== null ? <span className="tabular-nums">{t("score")} {row.score}</span> : null}
                  </div>
                  {canEdit ? (
                    <div className="flex gap-1">
                      <EvaluationDialog evaluation={row} year={year} branches={branches} />
                      <DeleteRecordButton type="BranchEvaluation" id={row.id} name={`${row.year} ${row.orgUnit.name}`} variant="ghost" />
                    </div>
                  ) : null}
                </div>
                {row.feedback ? <p className="whitespace-pre-line text-muted-foreground">{row.feedback}</p> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
