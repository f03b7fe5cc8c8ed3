import { z } from "zod";
import { recordListQuerySchema } from "@/lib/records/list-query";
import { checkbox, choice, count, idList, msg, optionalCalendarDate, optionalText, recordId, requiredText, versionField, calendarDate } from "@/lib/validation";
import { AGENDA_TOPICS, ENUMS, SECTION_SLUGS, SECTIONS, type FieldDef, type SectionSlug } from "./sections";

// Client-safe: the management forms check these schemas in the browser, the actions on the server.
// Each section's form schema is built from its field list (lib/management/sections.ts), so a field
// is declared once for the form, the check, the list and the ledger.

const year = () => z.coerce.number({ error: msg("managementYear") }).int(msg("managementYear")).min(2000, msg("managementYear")).max(2100, msg("managementYear"));

const optionalId = () =>
  z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((value) => value || null);

const url = (max: number) =>
  optionalText(max).refine((value) => value === null || /^https?:\/\/\S+$/i.test(value), msg("managementUrl"));

function fieldSchema(field: FieldDef): z.ZodType {
  const max = field.max ?? 200;
  switch (field.kind) {
    case "text":
      return field.required ? requiredText(max) : optionalText(max);
    case "textarea":
      return field.required ? requiredText(max) : optionalText(max);
    case "url":
      return url(max);
    case "date":
      return field.required ? calendarDate() : optionalCalendarDate();
    case "year":
      return year();
    case "period":
      return z.coerce.number({ error: msg("managementPeriod") }).int().min(1, msg("managementPeriod")).max(4, msg("managementPeriod"));
    case "count":
      return field.required ? count() : count().default(0);
    case "enum":
      return choice(ENUMS[field.enumName!]);
    case "unit":
      return field.required ? recordId() : optionalId();
    case "leader":
    case "partner":
      return field.required ? recordId() : optionalId();
    case "branchIds":
      return idList(200);
    case "participants":
      return idList(200).refine((ids) => ids.length > 0, msg("managementParticipantsRequired"));
  }
}

/** The extra rules of a section beyond its fields' own. */
function refineSection(slug: SectionSlug, value: Record<string, unknown>, context: z.RefinementCtx) {
  if (slug === "committee-terms" && value.startDate instanceof Date && value.endDate instanceof Date && value.endDate <= value.startDate) {
    context.addIssue({ code: "custom", message: msg("managementEndAfterStart"), path: ["endDate"] });
  }
  if (slug === "ideology-records" && value.kind === "HALF_YEAR_SUMMARY" && typeof value.period === "number" && value.period > 2) {
    context.addIssue({ code: "custom", message: msg("managementHalfYear"), path: ["period"] });
  }
  if (slug === "work-tasks" && value.completedOn && value.status !== "DONE") {
    context.addIssue({ code: "custom", message: msg("managementCompletedOnlyWhenDone"), path: ["completedOn"] });
  }
}

function sectionShape(slug: SectionSlug) {
  return Object.fromEntries(SECTIONS[slug].fields.map((field) => [field.kind === "branchIds" || field.kind === "participants" ? `${field.name}[]` : field.name, fieldSchema(field)]));
}

const createMember = <S extends SectionSlug>(slug: S) =>
  z
    .object({ section: z.literal(slug), ...sectionShape(slug) })
    .superRefine((value, context) => refineSection(slug, value, context));

const updateMember = <S extends SectionSlug>(slug: S) =>
  z
    .object({ section: z.literal(slug), id: recordId(), version: versionField(), ...sectionShape(slug) })
    .superRefine((value, context) => refineSection(slug, value, context));

/** One form per section; the hidden `section` field says which. */
export const createManagementRecordSchema = z.discriminatedUnion(
  "section",
  SECTION_SLUGS.map(createMember) as unknown as [ReturnType<typeof createMember>, ...ReturnType<typeof createMember>[]],
);
export const updateManagementRecordSchema = z.discriminatedUnion(
  "section",
  SECTION_SLUGS.map(updateMember) as unknown as [ReturnType<typeof updateMember>, ...ReturnType<typeof updateMember>[]],
);

/** A parsed form: the section and its fields by name (array fields under `name[]`). */
export type ManagementRecordInput = { section: SectionSlug } & Record<string, unknown>;
export type UpdateManagementRecordInput = ManagementRecordInput & { id: string; version: number };

/** A branch's document for a required submission (报送事项): at least one file. */
export const submitDocumentSchema = z.object({
  requestId: recordId(),
  orgUnitId: recordId(),
  note: optionalText(1000),
  files: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.custom<File>((value) => typeof File !== "undefined" && value instanceof File && value.size > 0, msg("managementFileRequired")))
      .min(1, msg("managementFileRequired"))
      .max(10, msg("atMost", 10)),
  ),
});
export type SubmitDocumentInput = z.output<typeof submitDocumentSchema>;

/** A branch's assessment against one standard of 支部标准化建设. */
export const assessBranchSchema = z.object({
  standardId: recordId(),
  orgUnitId: recordId(),
  score: count(1000),
  met: checkbox(),
  note: optionalText(1000),
});
export type AssessBranchInput = z.output<typeof assessBranchSchema>;

/** An agenda item of a Party-group meeting that studied Party building. */
export const agendaItemSchema = z.object({
  meetingId: recordId(),
  topic: choice(AGENDA_TOPICS),
  title: requiredText(200),
  decision: optionalText(2000),
});
export type AgendaItemInput = z.output<typeof agendaItemSchema>;

export const removeAgendaItemSchema = z.object({ id: recordId() });

// List filters as they arrive in the URL (see lib/records/list-query.ts): the kind and status are
// checked against the section's own enum by the service; `year` and `partner` narrow some lists.
export const managementListQuerySchema = recordListQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  partner: z.string().trim().min(1).max(40).optional().catch(undefined),
});
export type ManagementListQuery = z.output<typeof managementListQuerySchema>;
