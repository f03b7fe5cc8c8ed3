"use server";
import { defineAction } from "@/lib/actions/define-action";
import { createCampaignSchema, updateCampaignSchema } from "./schema";
import { createCampaign, updateCampaign } from "./service";

export const createCampaignAction = defineAction(
  { name: "campaigns.create", permission: "records.writeOrgan", schema: createCampaignSchema, revalidate: ["/campaigns"] },
  async (input, { user }) => (await createCampaign(user, input)).id,
);

export const updateCampaignAction = defineAction(
  { name: "campaigns.update", permission: "records.writeOrgan", schema: updateCampaignSchema, revalidate: ["/campaigns"] },
  async (input, { user }) => (await updateCampaign(user, input)).id,
);
