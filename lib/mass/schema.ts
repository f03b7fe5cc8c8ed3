import { z } from "zod";
import { campaignIdsField } from "@/lib/campaigns/schema";
import { headcount } from "@/lib/integrity/schema";
import { listChoice, recordListQuerySchema } from "@/lib/records/list-query";
import { calendarDate, choice, msg, optionalText, recordId, requiredText, versionField } from "@/lib/validation";
import { MASS_ORGANIZATION_KINDS, MASS_ACTIVITY_KINDS, VILLAGE_SERVICES, massKindFields } from "./options";

export * from "./options";

// Client-safe: the mass-organisation forms check these schemas in the browser, the actions on the server.

/** Checkboxes submit one value as a string and several as a list; code passes a list. */
const multiChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.enum(values, { error: msg("invalidChoice") })).transform((list) => [...new Set(list)]));

const activityFields = {
  kind: choice(MASS_ACTIVITY_KINDS),
  organizationId: recordId().optional(),
  /** Empty: organised at organ level (by the Party office for 工会、团委、妇委会 …); otherwise the branch. */
  orgUnitId: recordId().optional(),
  date: calendarDate(),
  title: requiredText(120),
  organiser: optionalText(100),
  participantCount: headcount().optional(),
  services: multiChoice(VILLAGE_SERVICES),
  peopleServed: headcount().optional(),
  festival: optionalText(20),
  outcome: optionalText(5000),
  "campaignIds[]": campaignIdsField(),
};

type ActivityShape = z.output<z.ZodObject<typeof activityFields>>;

function normalise<T extends ActivityShape>(value: T) {
  const stripped = massKindFields.strip(value);
  return {
    ...stripped,
    services: stripped.services ?? [],
    organizationId: value.organizationId ?? null,
    orgUnitId: value.orgUnitId ?? null,
    participantCount: value.participantCount ?? 0,
  };
}

export const createMassActivitySchema = z.object(activityFields).superRefine(massKindFields.check).transform(normalise);
export const updateMassActivitySchema = z
  .object({ ...activityFields, id: recordId(), version: versionField() })
  .superRefine(massKindFields.check)
  .transform(normalise);

export type MassActivityInput = z.output<typeof createMassActivitySchema>;
export type UpdateMassActivityInput = z.output<typeof updateMassActivitySchema>;

const organizationFields = { kind: choice(MASS_ORGANIZATION_KINDS), name: requiredText(60) };
export const createMassOrganizationSchema = z.object(organizationFields);
export const updateMassOrganizationSchema = z.object({ ...organizationFields, id: recordId(), version: versionField() });

export type MassOrganizationInput = z.output<typeof createMassOrganizationSchema>;
export type UpdateMassOrganizationInput = z.output<typeof updateMassOrganizationSchema>;

export const massListQuerySchema = recordListQuerySchema.extend({
  kind: listChoice(MASS_ACTIVITY_KINDS),
  organization: z.string().trim().min(1).max(40).optional().catch(undefined),
});
export type MassListQuery = z.output<typeof massListQuerySchema>;
