import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConfirmAction } from "@/components/forms/confirm-action";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { PageHeader } from "@/components/ui/page-header";
import { freezeSummaryAction, submitBranchSummaryAction, summaryPlansToTasksAction } from "@/lib/summary/actions";
import { editableClauses } from "@/lib/summary/document";
import type { SummaryMetricKey } from "@/lib/summary/metric-keys";
import type { SummaryPageData } from "@/lib/summary/pages";
import { SUMMARY_PERIODS, type SummaryPageQuery } from "@/lib/summary/schema";
import { DocumentPreview } from "./document-preview";
import { ExportButton } from "./export-button";
import { SummaryEditor } from "./summary-editor";

const metricLabelKey = (metric: SummaryMetricKey) => `metrics.${metric.replace(".", "_")}`;

function pageHref(query: SummaryPageQuery, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ year: query.year?.toString(), period: query.period, unit: query.unit, ...changes })) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `/summary?${text}` : "/summary";
}

export async function SummaryWorkspaceView({ data, query }: { data: SummaryPageData; query: SummaryPageQuery }) {
  const t = await getTranslations("summary");
  const { workspace, comparison } = data;
  const { key, document, figures } = workspace;
  const keyInput = { year: key.year, period: key.period, orgUnitId: key.orgUnitId };
  const exportQuery = new URLSearchParams({ year: String(key.year), period: key.period, ...(key.orgUnitId ? { orgUnitId: key.orgUnitId } : {}) });
  const content = workspace.draft?.content ?? {};
  const label = (metric: SummaryMetricKey) => t(metricLabelKey(metric));

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("heading")}
        description={t("description", { year: key.year, period: t(`period.${key.period}`), scope: workspace.branchName ?? t("organ") })}
        actions={
          <>
            <Button asChild variant="outline" size="sm">
              <Link href={pageHref(query, { check: "1" })}>{t("runCheck")}</Link>
            </Button>
            <Button asChild variant="outline" size="sm">
              <Link href={`/summary/ledgers?year=${key.year}`}>{t("ledgersLink")}</Link>
            </Button>
            {workspace.canEdit ? (
              <ConfirmAction
                label={t("freeze")}
                title={t("freezeTitle")}
                description={t("freezeDescription")}
                successMessage={t("frozen")}
                action={freezeSummaryAction}
                input={keyInput}
              />
            ) : null}
            {workspace.canEdit && key.orgUnitId ? (
              <ConfirmAction
                label={workspace.draft?.submittedAt ? t("resubmit") : t("submit")}
                title={t("submitTitle")}
                description={t("submitDescription")}
                successMessage={t("submitted")}
                action={submitBranchSummaryAction}
                input={keyInput}
              />
            ) : null}
            {workspace.canEdit && !key.orgUnitId ? (
              <ConfirmAction
                label={t("plansToTasks")}
                title={t("plansToTasksTitle")}
                description={t("plansToTasksDescription", { year: key.year + 1 })}
                successMessage={t("plansToTasksDone")}
                action={summaryPlansToTasksAction}
                input={keyInput}
              />
            ) : null}
            {workspace.canExport ? <ExportButton href={`/api/summary/export?${exportQuery}`} label={t("export")} /> : null}
          </>
        }
      />

      <form method="get" action="/summary" className="flex flex-wrap items-end gap-3" aria-label={t("chooseSummary")}>
        <label className="grid gap-1 text-sm">
          {t("year")}
          <Input type="number" name="year" min={2000} max={2100} defaultValue={key.year} className="w-28" />
        </label>
        <label className="grid gap-1 text-sm">
          {t("periodLabel")}
          <NativeSelect name="period" defaultValue={key.period}>
            {SUMMARY_PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`period.${period}`)}
              </option>
            ))}
          </NativeSelect>
        </label>
        <label className="grid gap-1 text-sm">
          {t("scope")}
          <NativeSelect name="unit" defaultValue={key.orgUnitId ?? ""}>
            {data.organOption ? <option value="">{t("organ")}</option> : null}
            {data.branches.map((branch) => (
              <option key={branch.id} value={branch.id}>
                {branch.name}
              </option>
            ))}
          </NativeSelect>
        </label>
        <Button type="submit" variant="outline">
          {t("open")}
        </Button>
      </form>

      {workspace.completeness ? (
        <Card data-testid="completeness">
          <CardHeader>
            <CardTitle>{t("checkHeading")}</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-3 text-sm">
            {!workspace.completeness.quietBranches.length &&
            !workspace.completeness.emptyPillars.length &&
            !workspace.completeness.closedWithoutEvidence.length &&
            !workspace.completeness.zeroFigures.length ? (
              <Alert variant="success">{t("checkClean")}</Alert>
            ) : null}
            {workspace.completeness.emptyPillars.length ? (
              <p>{t("emptyPillars", { pillars: workspace.completeness.emptyPillars.map((pillar) => t(`pillar.${pillar}`)).join("、") })}</p>
            ) : null}
            {workspace.completeness.quietBranches.length ? (
              <div>
                <p className="font-medium">{t("quietBranches")}</p>
                <ul className="list-disc pl-5">
                  {workspace.completeness.quietBranches.map((row) => (
                    <li key={row.orgUnitId}>{t("quietBranch", { name: row.name, quarters: row.quarters.map((quarter) => t("quarter", { n: quarter })).join("、") })}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {workspace.completeness.closedWithoutEvidence.length ? (
              <div>
                <p className="font-medium">{t("closedWithoutEvidence", { count: workspace.completeness.closedWithoutEvidence.length })}</p>
                <ul className="list-disc pl-5">
                  {workspace.completeness.closedWithoutEvidence.slice(0, 20).map((item) => (
                    <li key={item.id}>{item.problem}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {workspace.completeness.zeroFigures.length ? (
              <div>
                <p className="font-medium">{t("zeroFigures")}</p>
                <ul className="list-disc pl-5">
                  {workspace.completeness.zeroFigures.map((entry) => (
                    <li key={entry.clauseId}>{entry.metrics.map(label).join("、")}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </CardContent>
        </Card>
      ) : null}

      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section className="grid content-start gap-2" aria-label={t("preview")}>
          <h2 className="text-base font-semibold">{t("preview")}</h2>
          <p className="text-xs text-muted-foreground">{t("previewHint")}</p>
          <DocumentPreview document={document} summary={key} orgUnitId={key.orgUnitId} exactLabel={(value) => t("exactCount", { value })} />
        </section>
        {workspace.canEdit ? (
          <section className="grid content-start gap-2" aria-label={t("edit")}>
            <h2 className="text-base font-semibold">{t("edit")}</h2>
            <SummaryEditor
              key={workspace.draft?.version ?? 0}
              summaryKey={keyInput}
              draftVersion={workspace.draft?.version ?? 0}
              content={content}
              defaultTitle={document.title}
              clauses={editableClauses(Boolean(key.orgUnitId), content)}
              rounding={workspace.roundable.map((metric) => ({
                metric,
                label: t("roundingOption", { label: label(metric), exact: figures[metric] }),
                on: document.paragraphs.some((paragraph) => paragraph.inlines.some((inline) => inline.kind === "figure" && inline.metric === metric && inline.text.endsWith("余"))),
              }))}
              suggestions={workspace.suggestions}
            />
          </section>
        ) : (
          <section className="grid content-start gap-2">
            <Alert variant="info">{t("readOnly")}</Alert>
            {workspace.suggestions.length ? (
              <Card>
                <CardHeader>
                  <CardTitle>{t("suggestions")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <ul className="list-disc pl-5 text-sm">
                    {workspace.suggestions.map((suggestion) => (
                      <li key={suggestion.key}>{suggestion.text}</li>
                    ))}
                  </ul>
                </CardContent>
              </Card>
            ) : null}
          </section>
        )}
      </div>

      <Card>
        <CardHeader>
          <CardTitle>{t("versions")}</CardTitle>
        </CardHeader>
        <CardContent>
          {workspace.versions.length ? (
            <ul className="grid gap-2 text-sm" data-testid="summary-versions">
              {workspace.versions.map((version, index) => {
                const previous = workspace.versions[index + 1];
                return (
                  <li key={version.id} className="flex flex-wrap items-center gap-3">
                    <Badge variant="secondary">{t("versionNumber", { n: version.number })}</Badge>
                    <span>{t("frozenBy", { name: version.frozenByName, at: version.frozenAt.toISOString().slice(0, 16).replace("T", " ") })}</span>
                    {version.note ? <span className="text-muted-foreground">{version.note}</span> : null}
                    {previous ? <Link className="underline" href={pageHref(query, { compare: `${previous.number},${version.number}` })}>{t("compareWith", { n: previous.number })}</Link> : null}
                    {workspace.canExport ? (
                      <a className="underline" href={`/api/summary/export?${exportQuery}&version=${version.number}`}>
                        {t("exportVersion")}
                      </a>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <EmptyState title={t("noVersions")} description={t("noVersionsHint")} />
          )}
          {comparison ? (
            <div className="mt-4 grid gap-1 rounded-md border p-3 text-sm" data-testid="summary-compare">
              <p className="font-medium">{t("comparing", { from: comparison.from, to: comparison.to })}</p>
              {comparison.lines
                .filter((line) => line.kind !== "same")
                .map((line, index) => (
                  <p key={index} className={line.kind === "added" ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900 line-through"}>
                    {line.kind === "added" ? "+ " : "− "}
                    {line.text}
                  </p>
                ))}
              {comparison.lines.every((line) => line.kind === "same") ? <p>{t("noDifferences")}</p> : null}
            </div>
          ) : null}
        </CardContent>
      </Card>

      {workspace.tracker ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("tracker")}</CardTitle>
          </CardHeader>
          <CardContent>
            {workspace.tracker.length ? (
              <ul className="grid gap-1 text-sm sm:grid-cols-2" data-testid="summary-tracker">
                {workspace.tracker.map((row) => (
                  <li key={row.orgUnitId} className="flex items-center justify-between gap-2 border-b py-1">
                    <Link className="underline" href={pageHref(query, { unit: row.orgUnitId, check: undefined, compare: undefined })}>
                      {row.name}
                    </Link>
                    {row.submittedAt ? <Badge>{t("submittedOn", { at: row.submittedAt.toISOString().slice(0, 10) })}</Badge> : <Badge variant="outline">{t("notSubmitted")}</Badge>}
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("noBranches")} />
            )}
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}

