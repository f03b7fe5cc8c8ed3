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

/** The Party office's edits: the title, the opening, any clause of 基本情况, and the three narrative sections. */
export const saveSummarySchema = summaryKeySchema.extend({
  draftVersion: z.coerce.number().int().min(0),
  title: z.string().trim().max(200, msg("tooLong", 200)).optional(),
  opening: longText.optional(),
  problems: longText.optional(),
  causes: longText.optional(),
  plans: longText.optional(),
  /** Clause id → its edited template text (figures as {{metric}} placeholders). */
  clauses: z.record(z.string(), longText).optional(),
  /** Metric → whether its figure reads as "N余". */
  rounding: z.record(z.string(), z.boolean()).optional(),
});
export type SaveSummaryInput = z.output<typeof saveSummarySchema>;

export const freezeSummarySchema = summaryKeySchema.extend({
  note: z.string().trim().max(200, msg("tooLong", 200)).optional(),
});

export const submitBranchSummarySchema = summaryKeySchema;

export const plansToTasksSchema = summaryKeySchema;
