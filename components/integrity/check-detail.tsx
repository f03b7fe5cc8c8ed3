import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { AttachmentPanel } from "@/components/attachments/attachment-panel";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { loadCheckPage } from "@/lib/integrity/pages";
import { RaiseFromCheckDialog } from "@/components/rectification/raise-from-check";
import { DetailList } from "./detail-list";
import { IntegrityNav } from "./integrity-nav";

export async function CheckDetail({ check, rectificationItems, attachments, campaigns, raise }: Awaited<ReturnType<typeof loadCheckPage>>) {
  const t = await getTranslations("integrity");
  const common = await getTranslations("common");
  return (
    <div className="grid gap-6">
      <PageHeader
        title={check.target}
        description={[t(`checkKinds.${check.kind}`), formatCalendarDate(check.date)].join(" · ")}
        actions={
          check.canEdit ? (
            <>
              <Button asChild variant="outline" size="sm">
                <Link href={`/integrity/checks/${check.id}/edit`}>
                  <Pencil aria-hidden />
                  {common("edit")}
                </Link>
              </Button>
              <DeleteRecordButton type="SupervisionCheck" id={check.id} name={check.target} redirectTo="/integrity/checks" />
            </>
          ) : null
        }
      />
      <IntegrityNav current="checks" />
      <Card>
        <CardContent>
          <DetailList
            items={[
              { label: t("checks.kind"), value: t(`checkKinds.${check.kind}`) },
              { label: t("checks.date"), value: formatCalendarDate(check.date) },
              { label: t("checks.level"), value: check.orgUnit?.name ?? t("checks.organLevel") },
              { label: t("checks.target"), value: check.target },
              { label: t("checks.findings"), value: check.findings ?? t("checks.noFindings") },
              { label: t("fields.campaigns"), value: campaigns.join("、") },
            ]}
          />
        </CardContent>
      </Card>
      <AttachmentPanel recordType="SupervisionCheck" recordId={check.id} initial={attachments} canEdit={check.canEdit} />
      <Card>
        <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
          <CardTitle>{t("checks.rectification")}</CardTitle>
          {raise && check.findings ? (
            <RaiseFromCheckDialog checkId={check.id} findings={check.findings} organLevel={check.orgUnitId === null} {...raise} today={formatCalendarDate(todayInOrgan())} />
          ) : null}
        </CardHeader>
        <CardContent>
          <h3 className="mb-2 text-sm font-medium">{t("checks.rectificationItems")}</h3>
          {rectificationItems.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("checks.noRectificationItems")}</p>
          ) : (
            <ul className="grid gap-2 text-sm">
              {rectificationItems.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center gap-2">
                  <Badge variant={item.status === "CLOSED" ? "success" : "warning"}>{t(`checks.rectificationStatus.${item.status}`)}</Badge>
                  <Link href={`/management/rectification/${item.id}`} className="min-w-0 flex-1 text-primary hover:underline">
                    {item.problem}
                  </Link>
                  <span className="text-muted-foreground tabular-nums">{formatCalendarDate(item.deadline)}</span>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
