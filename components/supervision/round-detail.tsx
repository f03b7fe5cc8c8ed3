import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { DetailList } from "@/components/integrity/detail-list";
import { RectificationNav } from "@/components/rectification/rectification-nav";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { loadRoundPage } from "@/lib/supervision/pages";
import { FindingDialog, RaiseItemsDialog } from "./finding-dialogs";

const SEVERITY_VARIANT = { LOW: "secondary", MEDIUM: "warning", HIGH: "danger" } as const;

export async function RoundDetail({ round, raise }: Awaited<ReturnType<typeof loadRoundPage>>) {
  const [t, tr] = await Promise.all([getTranslations("supervision"), getTranslations("rectification")]);
  const common = await getTranslations("common");
  const today = formatCalendarDate(todayInOrgan());
  const branches = round.branches.map((branch) => branch.orgUnit);
  return (
    <div className="grid gap-6">
      <PageHeader
        title={round.focus}
        description={`${t(`kinds.${round.kind}`)} · ${formatCalendarDate(round.periodStart)} — ${formatCalendarDate(round.periodEnd)}`}
        actions={
          round.canEdit ? (
            <>
              <Button asChild variant="outline" size="sm">
                <Link href={`/management/supervision/${round.id}/edit`}>
                  <Pencil aria-hidden />
                  {common("edit")}
                </Link>
              </Button>
              <DeleteRecordButton type="SupervisionRound" id={round.id} name={round.focus} redirectTo="/management/supervision" />
            </>
          ) : null
        }
      />
      <RectificationNav current="supervision" />
      <Card>
        <CardContent>
          <DetailList
            items={[
              { label: t("fields.kind"), value: t(`kinds.${round.kind}`) },
              { label: t("fields.period"), value: `${formatCalendarDate(round.periodStart)} — ${formatCalendarDate(round.periodEnd)}` },
              { label: t("fields.focus"), value: round.focus },
              { label: t("fields.inspectors"), value: round.inspectors },
              { label: t("fields.branches"), value: branches.map((branch) => branch.name).join("、") },
            ]}
          />
        </CardContent>
      </Card>
      <section aria-labelledby="findings" className="grid gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="grid gap-1">
            <h2 id="findings" className="text-base font-semibold">
              {t("findings.title")}
            </h2>
            <p className="text-sm text-muted-foreground" data-testid="finding-counts">
              {t("counts", { common: round.commonCount, individual: round.individualCount })}
            </p>
          </div>
          {round.canEdit ? <FindingDialog roundId={round.id} branches={branches} /> : null}
        </div>
        {round.findings.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("findings.empty")}</p>
        ) : (
          <ul className="grid gap-3">
            {round.findings.map((finding) => {
              const pending = finding.branches.length - finding.items.length;
              return (
                <li key={finding.id} data-testid="finding">
                  <Card>
                    <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
                      <div className="grid min-w-0 gap-2">
                        <div className="flex flex-wrap gap-2">
                          <Badge variant={finding.scope === "COMMON" ? "default" : "outline"}>{t(`scopes.${finding.scope}`)}</Badge>
                          <Badge variant={SEVERITY_VARIANT[finding.severity]}>{t(`severities.${finding.severity}`)}</Badge>
                        </div>
                        <CardTitle as="h3" className="text-sm leading-relaxed font-medium whitespace-pre-line">
                          {finding.description}
                        </CardTitle>
                        <p className="text-xs text-muted-foreground">{finding.branches.map((branch) => branch.orgUnit.name).join("、")}</p>
                      </div>
                      {raise && pending > 0 ? <RaiseItemsDialog findingId={finding.id} {...raise} today={today} /> : null}
                    </CardHeader>
                    <CardContent>
                      <h4 className="mb-2 text-xs font-medium text-muted-foreground">{t("findings.items")}</h4>
                      {finding.items.length === 0 ? (
                        <p className="text-sm text-muted-foreground">{t("findings.noItems")}</p>
                      ) : (
                        <ul className="grid gap-1.5 text-sm">
                          {finding.items.map((item) => (
                            <li key={item.id} className="flex flex-wrap items-center gap-2">
                              <Badge variant={item.status === "CLOSED" ? "success" : "secondary"}>{tr(`statuses.${item.status}`)}</Badge>
                              <Link href={`/management/rectification/${item.id}`} className="text-primary hover:underline">
                                {item.orgUnit?.name}
                              </Link>
                              <span className="text-muted-foreground tabular-nums">{formatCalendarDate(item.deadline)}</span>
                            </li>
                          ))}
                        </ul>
                      )}
                      {finding.items.length > 0 && pending === 0 && raise ? <p className="mt-2 text-xs text-muted-foreground">{t("findings.allRaised")}</p> : null}
                    </CardContent>
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
