import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Flag } from "lucide-react";
import { ListFilters } from "@/components/records/list-filters";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { campaignPhase, PHASE_BADGE } from "@/lib/campaigns/phase";
import type { listCampaigns } from "@/lib/campaigns/service";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { listPageHref, type RecordListQuery } from "@/lib/records/list-query";
import { CreateCampaignDialog } from "./campaign-forms";

interface CampaignListProps {
  query: RecordListQuery;
  params: Record<string, string | string[] | undefined>;
  campaigns: Awaited<ReturnType<typeof listCampaigns>>;
  canWrite: boolean;
}

export async function CampaignList({ query, params, campaigns, canWrite }: CampaignListProps) {
  const t = await getTranslations();
  const today = todayInOrgan();
  const filtered = Boolean(query.q || query.from || query.to);
  return (
    <div className="grid gap-6">
      <PageHeader title={t("campaigns.title")} description={t("campaigns.intro")} actions={canWrite ? <CreateCampaignDialog /> : null} />
      <ListFilters basePath="/campaigns" query={query} params={params} />
      {campaigns.rows.length === 0 ? (
        <EmptyState
          icon={<Flag />}
          title={filtered ? t("common.noResults") : t("campaigns.empty")}
          description={filtered ? t("common.noResultsHint") : canWrite ? t("campaigns.emptyHint") : undefined}
        />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("campaigns.name")}</TableHead>
                <TableHead>{t("campaigns.period")}</TableHead>
                <TableHead>{t("campaigns.phase")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {campaigns.rows.map((campaign) => {
                const phase = campaignPhase(campaign, today);
                return (
                  <TableRow key={campaign.id}>
                    <TableCell className="font-medium whitespace-normal">
                      <Link href={`/campaigns/${campaign.id}`} className="text-primary hover:underline">
                        {campaign.name}
                      </Link>
                    </TableCell>
                    <TableCell className="tabular-nums">
                      {formatCalendarDate(campaign.startDate)} – {campaign.endDate ? formatCalendarDate(campaign.endDate) : t("common.current")}
                    </TableCell>
                    <TableCell>
                      <Badge variant={PHASE_BADGE[phase]}>{t(`campaigns.phases.${phase}`)}</Badge>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <ListPagination page={campaigns.page} pageSize={campaigns.pageSize} total={campaigns.total} hrefForPage={(page) => listPageHref("/campaigns", params, page)} />
        </>
      )}
    </div>
  );
}
