import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";

// One record type of the year ledger workbook (年度台账): how its sheet reads and writes.
// Management record types add their entries to YEAR_LEDGER_TYPES (./registry.ts) the same way.

export type CellKind = "text" | "number" | "date" | "enum" | "enumList" | "branch" | "boolean" | "ref";

export interface YearColumn {
  /** The field of the form's schema the column fills. */
  field: string;
  /** Key under summary.ledger.col (the Chinese header). */
  header: string;
  kind?: CellKind;
  /** enum / enumList: the stored values and the message namespace of their labels. */
  values?: readonly string[];
  labels?: string;
  /** ref: the cell names another record of the year (a vehicle, a checklist form) resolved by name. */
  ref?: "vehicle" | "studyForm";
  width?: number;
}

/** People listed on their own sheet (speakers, attendees), each row tied to its record. */
export interface YearChildSheet {
  key: string;
  /** The record field the rows become: a JSON list of entries, or a list of member ids. */
  field: string;
  columns: YearColumn[];
  /** Rows of the existing records, by record id. */
  load(recordIds: string[]): Promise<(Record<string, unknown> & { parentId: string; memberId: string | null })[]>;
  /** One sheet row (fields read, person resolved) as an entry of `field`; a string is a message key for an error. */
  toEntry(row: Record<string, unknown>, memberId: string | null): unknown;
  /** Whether a row whose person is not on the roster is an error (attendees) or kept by name (speakers). */
  memberRequired: boolean;
}

export interface YearLedgerType {
  key: string;
  recordType: string;
  columns: YearColumn[];
  /** The year's records the user reads, as field values (enum values, ids, Dates), with id and version. */
  load(user: CurrentUser, year: number, unitIds: string[] | null): Promise<(Record<string, unknown> & { id: string; version: number })[]>;
  /** The fields that identify a record when a row has no id. */
  naturalKey: string[];
  children?: YearChildSheet[];
  /** Rows matching an existing record are left alone rather than updated (the sheet lacks part of the record). */
  createOnly?: boolean;
  createSchema: z.ZodType;
  updateSchema: z.ZodType;
  create(user: CurrentUser, input: never): Promise<{ id: string }>;
  update(user: CurrentUser, input: never): Promise<unknown>;
}
