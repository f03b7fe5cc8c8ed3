import { z } from "zod";
import { calendarDate, msg, optionalCalendarDate, optionalText, recordId, requiredText, versionField } from "@/lib/validation";

/**
 * The campaigns a record is tagged with, from a CampaignPicker. Forms submit the picker's
 * checkboxes as `campaignIds[]`, which lib/validation.ts keeps as the key, so a form schema
 * names the field the same way:
 *
 *   z.object({ …, "campaignIds[]": campaignIdsField() })   →   input["campaignIds[]"]: string[]
 *
 * Nothing ticked means no campaign (the key is then absent from the form); ids are de-duplicated.
 * The service checks them with assertCampaignsExist() inside its transaction.
 */
export const campaignIdsField = () =>
  z
    .union([z.string(), z.array(z.string())], { error: msg("invalidChoice") })
    .optional()
    .transform((value) => [...new Set((Array.isArray(value) ? value : value ? [value] : []).map((id) => id.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(40, msg("invalidChoice"))).max(20, msg("invalidChoice")));

const campaignFields = {
  name: requiredText(100),
  description: optionalText(2000),
  startDate: calendarDate(),
  endDate: optionalCalendarDate(),
};

const inOrder = (value: { startDate: Date; endDate: Date | null }) => !value.endDate || value.endDate >= value.startDate;

export const createCampaignSchema = z.object(campaignFields).refine(inOrder, { message: msg("endBeforeStart"), path: ["endDate"] });

export const updateCampaignSchema = z
  .object({ ...campaignFields, id: recordId(), version: versionField() })
  .refine(inOrder, { message: msg("endBeforeStart"), path: ["endDate"] });

export type CreateCampaignInput = z.output<typeof createCampaignSchema>;
export type UpdateCampaignInput = z.output<typeof updateCampaignSchema>;
