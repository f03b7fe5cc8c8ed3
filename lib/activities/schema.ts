import { z } from "zod";
import { campaignIdsField } from "@/lib/campaigns/schema";
import { listChoice, recordListQuerySchema } from "@/lib/records/list-query";
import { calendarDate, choice, count, optionalText, recordId, requiredText, versionField } from "@/lib/validation";
import { ACTIVITY_KINDS } from "./options";

export * from "./options";

const zeroWhenEmpty = (max: number) => z.preprocess((value) => (value === "" || value === undefined ? 0 : value), count(max));

const vehicleFields = {
  year: count(2100, 2000),
  name: requiredText(100),
  description: optionalText(1000),
  campaignId: recordId().optional(),
  sortOrder: zeroWhenEmpty(999),
};

export const createVehicleSchema = z.object(vehicleFields);
export const updateVehicleSchema = z.object({ ...vehicleFields, id: recordId(), version: versionField() });

const activityFields = {
  /** Empty: an activity the Party office organises for the whole organ. */
  orgUnitId: recordId().optional(),
  vehicleId: recordId().optional(),
  kind: choice(ACTIVITY_KINDS),
  date: calendarDate(),
  title: requiredText(200),
  organiser: optionalText(100),
  participantCount: zeroWhenEmpty(100_000),
  /** 提交作品 for contests. */
  entryCount: zeroWhenEmpty(100_000),
  outcome: optionalText(5000),
  "campaignIds[]": campaignIdsField(),
};

export const createActivitySchema = z.object(activityFields);
export const updateActivitySchema = z.object({ ...activityFields, id: recordId(), version: versionField() });

export type CreateVehicleInput = z.output<typeof createVehicleSchema>;
export type UpdateVehicleInput = z.output<typeof updateVehicleSchema>;
export type CreateActivityInput = z.output<typeof createActivitySchema>;
export type UpdateActivityInput = z.output<typeof updateActivitySchema>;

/** The activity list's query string (also the ledger's): `branch` may be "organ" for the Party group's own activities. */
export const activityListQuerySchema = recordListQuerySchema.extend({
  kind: listChoice(ACTIVITY_KINDS),
  vehicle: z.string().trim().min(1).max(40).optional().catch(undefined),
});
export type ActivityListQuery = z.output<typeof activityListQuerySchema>;

/** A year in a URL; anything unusable means the current year (decided by the page). */
export const vehicleYearSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });
