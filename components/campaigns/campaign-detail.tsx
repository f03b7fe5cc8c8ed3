import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft } from "lucide-react";
import { AttachmentPanel, type AttachmentItem } from "@/components/attachments/attachment-panel";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { campaignPhase, PHASE_BADGE } from "@/lib/campaigns/phase";
import type { getCampaign } from "@/lib/campaigns/service";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { RECORD_TYPES } from "@/lib/records/registry";
import { EditCampaignDialog } from "./campaign-forms";

interface CampaignDetailProps {
  campaign: Awaited<ReturnType<typeof getCampaign>>;
  attachments: AttachmentItem[];
  canWrite: boolean;
}

export async function CampaignDetail({ campaign, attachments, canWrite }: CampaignDetailProps) {
  const t = await getTranslations();
  const phase = campaignPhase(campaign, todayInOrgan());
  const total = campaign.tagged.reduce((sum, row) => sum + row.count, 0);
  return (
    <div className="grid gap-6">
      <Link href="/campaigns" className="flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeft className="size-4" aria-hidden />
        {t("campaigns.title")}
      </Link>
      <PageHeader
        title={campaign.name}
        description={`${formatCalendarDate(campaign.startDate)} – ${campaign.endDate ? formatCalendarDate(campaign.endDate) : t("common.current")}`}
        actions={
          canWrite ? (
            <>
              <EditCampaignDialog
                campaign={{
                  ...campaign,
                  startDate: formatCalendarDate(campaign.startDate),
                  endDate: campaign.endDate ? formatCalendarDate(campaign.endDate) : null,
                }}
              />
              <DeleteRecordButton type="Campaign" id={campaign.id} name={campaign.name} redirectTo="/campaigns" />
            </>
          ) : null
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2 text-base">
              {t("common.details")} <Badge variant={PHASE_BADGE[phase]}>{t(`campaigns.phases.${phase}`)}</Badge>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <p className="text-sm whitespace-pre-line">{campaign.description ?? t("common.none")}</p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="text-base">{t("campaigns.tagged", { total })}</CardTitle>
          </CardHeader>
          <CardContent>
            {campaign.tagged.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("campaigns.taggedEmpty")}</p>
            ) : (
              <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 text-sm" data-testid="campaign-counts">
                {campaign.tagged.map((row) => (
                  <div key={row.type} className="contents">
                    <dt>{t(RECORD_TYPES[row.type].labelKey)}</dt>
                    <dd className="text-right font-medium tabular-nums">{row.count}</dd>
                  </div>
                ))}
              </dl>
            )}
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardContent className="pt-6">
          <AttachmentPanel recordType="Campaign" recordId={campaign.id} initial={attachments} canEdit={canWrite} />
        </CardContent>
      </Card>
    </div>
  );
}
