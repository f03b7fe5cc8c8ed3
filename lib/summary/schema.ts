import { z } from "zod";
import { msg } from "@/lib/validation";

// Forms of the summary workspace, shared by the browser and the server actions.

export const SUMMARY_PERIODS = ["YEAR", "H1", "H2"] as const;
export type SummaryPeriod = (typeof SUMMARY_PERIODS)[number];

const year = z.coerce.number().int().min(2000, msg("summaryYearRange")).max(2100, msg("summaryYearRange"));

/** Which summary: a year or half-year, of the organ (no unit) or of one branch. */
export const summaryKeySchema = z.object({
  year,
  period: z.enum(SUMMARY_PERIODS).default("YEAR"),
  orgUnitId: z.string().min(1).nullish().transform((value) => value || null),
});
export type SummaryKey = z.output<typeof summaryKeySchema>;

const longText = z.string().max(20000, msg("tooLong", 20000));

/** A map sent by code as an object, or by the workspace form as JSON in one hidden field. */
const jsonRecord = <T extends z.ZodType>(value: T) =>
  z.preprocess((raw) => {
    if (typeof raw !== "string") return raw;
    if (raw === "") return undefined;
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }, z.record(z.string().max(100), value).optional());

/** The Party office's edits: the title, the opening, any clause of 基本情况, and the three narrative sections. */
export const saveSummarySchema = summaryKeySchema.extend({
  draftVersion: z.coerce.number().int().min(0),
  title: z.string().trim().max(200, msg("tooLong", 200)).optional(),
  opening: longText.optional(),
  problems: longText.optional(),
  causes: longText.optional(),
  plans: longText.optional(),
  /** Clause id → its edited template text (figures as {{metric}} placeholders). */
  clauses: jsonRecord(longText),
  /** Metric → whether its figure reads as "N余". */
  rounding: jsonRecord(z.boolean()),
});
export type SaveSummaryInput = z.output<typeof saveSummarySchema>;

export const freezeSummarySchema = summaryKeySchema.extend({
  note: z.string().trim().max(200, msg("tooLong", 200)).optional(),
});

export const submitBranchSummarySchema = summaryKeySchema;

export const plansToTasksSchema = summaryKeySchema;

/** The workspace page's address: which summary, and whether to run the completeness check or compare two versions. */
export const summaryPageQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  period: z.enum(SUMMARY_PERIODS).optional().catch(undefined),
  unit: z.string().max(40).optional().catch(undefined),
  check: z.literal("1").optional().catch(undefined),
  compare: z
    .string()
    .regex(/^\d+,\d+$/)
    .optional()
    .catch(undefined),
});
export type SummaryPageQuery = z.output<typeof summaryPageQuerySchema>;
