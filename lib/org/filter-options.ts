import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { listCampaignOptions } from "@/lib/campaigns/service";
import { readableBranchOptions } from "./unit-options";

/** The branch and campaign choices of a record list's filter bar, as ListFilters takes them. */
export async function listFilterOptions(user: CurrentUser) {
  const [branches, campaigns] = await Promise.all([readableBranchOptions(user), listCampaignOptions(user)]);
  return {
    branches: branches.map((branch) => ({ value: branch.id, label: branch.name })),
    campaigns: campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name })),
  };
}
