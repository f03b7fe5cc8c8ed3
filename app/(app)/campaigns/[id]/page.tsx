import { CampaignDetail } from "@/components/campaigns/campaign-detail";
import { listAttachments } from "@/lib/attachments/service";
import { can } from "@/lib/auth/permissions";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { getCampaign } from "@/lib/campaigns/service";

export default async function CampaignPage({ params }: PageProps<"/campaigns/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const [campaign, attachments] = await loadForPage(() => Promise.all([getCampaign(user, id), listAttachments(user, "Campaign", id)]));
  return <CampaignDetail campaign={campaign} attachments={attachments} canWrite={can(user.role, "records.writeOrgan")} />;
}
