import { CampaignList } from "@/components/campaigns/campaign-list";
import { can } from "@/lib/auth/permissions";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { listCampaigns } from "@/lib/campaigns/service";
import { recordListQuerySchema } from "@/lib/records/list-query";

export default async function CampaignsPage({ searchParams }: PageProps<"/campaigns">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const query = recordListQuerySchema.parse(params);
  const campaigns = await loadForPage(() => listCampaigns(user, query));
  return <CampaignList query={query} params={params} campaigns={campaigns} canWrite={can(user.role, "records.writeOrgan")} />;
}
