import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { AttachmentPanel } from "@/components/attachments/attachment-panel";
import { DetailList } from "@/components/integrity/detail-list";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { RECORD_TYPES, isRecordType } from "@/lib/records/registry";
import type { loadItemPage } from "@/lib/rectification/pages";
import { EscalationBadge } from "./escalation-badge";
import { ItemWorkflow } from "./item-workflow";
import { RectificationNav } from "./rectification-nav";

/** Where the item came from: its finding's round, or the registered record it was raised from. */
function sourceHref(item: Awaited<ReturnType<typeof loadItemPage>>): string | null {
  if (item.finding) return `/management/supervision/${item.finding.roundId}`;
  if (item.sourceRecordType && item.sourceRecordId && isRecordType(item.sourceRecordType)) return RECORD_TYPES[item.sourceRecordType].href(item.sourceRecordId);
  return null;
}

export async function ItemDetail({ item }: { item: Awaited<ReturnType<typeof loadItemPage>> }) {
  const [t, format] = await Promise.all([getTranslations("rectification"), getFormatter()]);
  const common = await getTranslations("common");
  const source = sourceHref(item);
  const status = (value: string | null) => (value ? t(`statuses.${value}`) : null);
  return (
    <div className="grid gap-6">
      <PageHeader
        title={item.problem}
        description={[t(`sources.${item.source}`), item.orgUnit?.name ?? item.department].filter(Boolean).join(" · ")}
        actions={
          item.can.edit ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/management/rectification/${item.id}/edit`}>
                <Pencil aria-hidden />
                {common("edit")}
              </Link>
            </Button>
          ) : null
        }
      />
      <RectificationNav current="items" />
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant={item.status === "CLOSED" ? "success" : "default"} data-testid="item-status">
          {t(`statuses.${item.status}`)}
        </Badge>
        <EscalationBadge level={item.escalation} deadline={item.deadline} closedOn={item.closedOn} />
      </div>
      <ItemWorkflow id={item.id} version={item.version} today={formatCalendarDate(todayInOrgan())} can={item.can} />
      {item.can.submit && item.evidenceCount === 0 ? <Alert variant="warning">{t("detail.noEvidenceYet")}</Alert> : null}
      <Card>
        <CardContent>
          <DetailList
            items={[
              { label: t("fields.measures"), value: item.measures },
              { label: t("fields.class"), value: t(`classes.${item.class}`) },
              { label: t("fields.source"), value: t(`sources.${item.source}`) },
              {
                label: t("fields.sourceRecord"),
                value: source ? (
                  <Link href={source} className="text-primary hover:underline">
                    {item.finding ? t("detail.findingLink") : item.sourceRecordType === "SupervisionCheck" ? t("detail.ofCheck") : t("fields.sourceRecord")}
                  </Link>
                ) : null,
              },
              {
                label: t("fields.plan"),
                value: item.plan ? (
                  <Link href={`/management/rectification/plans/${item.plan.id}`} className="text-primary hover:underline">
                    {item.plan.title}
                  </Link>
                ) : null,
              },
              { label: t("fields.branch"), value: item.orgUnit?.name },
              { label: t("fields.department"), value: item.department },
              { label: t("fields.responsibleLeader"), value: item.responsibleLeader?.displayName },
              { label: t("fields.owner"), value: item.owner.displayName },
              { label: t("fields.verifier"), value: item.verifier.displayName },
              { label: t("fields.deadline"), value: formatCalendarDate(item.deadline) },
              { label: t("fields.closedOn"), value: item.closedOn ? formatCalendarDate(item.closedOn) : null },
            ]}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("detail.checkIns")}</CardTitle>
        </CardHeader>
        <CardContent>
          {item.checkIns.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("detail.noCheckIns")}</p>
          ) : (
            <ol className="grid gap-4" data-testid="check-ins">
              {item.checkIns.map((checkIn) => (
                <li key={checkIn.id} className="grid gap-3 rounded-md border p-3" data-testid="check-in">
                  <div className="grid gap-1 text-sm">
                    <time className="font-medium tabular-nums" dateTime={formatCalendarDate(checkIn.date)}>
                      {formatCalendarDate(checkIn.date)}
                    </time>
                    <p className="whitespace-pre-line">{checkIn.progress}</p>
                  </div>
                  <AttachmentPanel recordType="RectificationCheckIn" recordId={checkIn.id} initial={checkIn.attachments} canEdit={item.can.evidence} />
                </li>
              ))}
            </ol>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("detail.timeline")}</CardTitle>
        </CardHeader>
        <CardContent>
          <ol className="grid gap-3 border-l pl-4" data-testid="timeline">
            {item.events.map((event) => (
              <li key={event.id} className="grid gap-0.5 text-sm">
                <span className="font-medium">
                  {t(`events.${event.kind}`)}
                  {event.fromStatus && event.toStatus ? <span className="font-normal text-muted-foreground"> · {status(event.fromStatus)} → {status(event.toStatus)}</span> : null}
                </span>
                <span className="text-xs text-muted-foreground">
                  <time dateTime={event.at.toISOString()}>{format.dateTime(event.at, { dateStyle: "short", timeStyle: "short" })}</time> · {event.actorName}
                </span>
                {event.comment ? <p className="whitespace-pre-line text-muted-foreground">{event.comment}</p> : null}
              </li>
            ))}
          </ol>
        </CardContent>
      </Card>
    </div>
  );
}
