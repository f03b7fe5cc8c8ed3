import "server-only";
import ExcelJS from "exceljs";
import { getTranslations } from "next-intl/server";
import { db, inTransaction } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { formatCalendarDate } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { buildWorkbook, type LedgerColumn, type LedgerSheet } from "@/lib/ledger/workbook";
import { translateIssue } from "@/lib/validation-issues";
import { YEAR_LEDGER_TYPES } from "./registry";
import type { YearChildSheet, YearColumn, YearLedgerType } from "./types";

// The year ledger workbook: written from the records, and read back to bring an office's own
// Excel ledgers in. Every row is validated by its form's schema and written by its form's service;
// rows carry the record id, so a re-import updates; a row without one is matched on its natural key.

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Row = Record<string, unknown>;

const header = (t: Translate, column: YearColumn) => t(`summary.ledger.col.${column.header}`);
const sheetTitle = (t: Translate, key: string) => t(`summary.ledger.sheets.${key}`);

/** Names of what cells refer to, in both directions. */
async function lookups(year: number) {
  const [units, vehicles, forms] = await Promise.all([
    db.orgUnit.findMany({ where: { deletedAt: null, type: { in: ["BRANCH", "GROUP"] } }, select: { id: true, name: true } }),
    db.activityVehicle.findMany({ where: { deletedAt: null, year }, select: { id: true, name: true } }),
    db.studyForm.findMany({ where: { deletedAt: null, year }, select: { id: true, name: true } }),
  ]);
  const pair = (rows: { id: string; name: string }[]) => ({ name: new Map(rows.map((row) => [row.id, row.name])), id: new Map(rows.map((row) => [row.name, row.id])) });
  return { branch: pair(units), vehicle: pair(vehicles), studyForm: pair(forms) };
}
type Lookups = Awaited<ReturnType<typeof lookups>>;

function toCell(t: Translate, refs: Lookups, column: YearColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case "enum":
      return t(`${column.labels}.${value}`);
    case "enumList":
      return (value as string[]).map((item) => t(`${column.labels}.${item}`)).join("、");
    case "branch":
      return refs.branch.name.get(value as string) ?? null;
    case "ref":
      return refs[column.ref!].name.get(value as string) ?? null;
    case "boolean":
      return value ? t("common.yes") : t("common.no");
    default:
      return Array.isArray(value) ? value.join("、") : value;
  }
}

const ledgerColumns = (t: Translate, columns: YearColumn[]): LedgerColumn[] =>
  columns.map((column) => ({ header: header(t, column), key: column.field, width: column.width, kind: column.kind === "date" ? "date" : column.kind === "number" ? "number" : "text" }));

/** The sheets of the year for the user's scope (or one branch's units, for its archive). */
export async function yearLedgerSheets(user: CurrentUser, year: number, unitIds: string[] | null = null): Promise<LedgerSheet[]> {
  const [t, refs] = await Promise.all([getTranslations(), lookups(year)]);
  const sheets: LedgerSheet[] = [];
  for (const type of YEAR_LEDGER_TYPES) {
    const records = await type.load(user, year, unitIds);
    sheets.push({
      name: sheetTitle(t, type.key),
      columns: ledgerColumns(t, type.columns),
      rows: records.map((record) => Object.fromEntries(type.columns.map((column) => [column.field, toCell(t, refs, column, record[column.field])]))),
    });
    for (const child of type.children ?? []) {
      const rows = records.length ? await child.load(records.map((record) => record.id)) : [];
      sheets.push({
        name: sheetTitle(t, child.key),
        columns: ledgerColumns(t, child.columns),
        rows: rows.map((row) => Object.fromEntries(child.columns.map((column) => [column.field, toCell(t, refs, column, row[column.field])]))),
      });
    }
  }
  return sheets;
}

export async function yearLedgerWorkbook(user: CurrentUser, year: number, unitIds: string[] | null = null): Promise<Buffer> {
  const t = await getTranslations("common");
  return buildWorkbook(await yearLedgerSheets(user, year, unitIds), { yes: t("yes"), no: t("no") });
}

// ——— import ———

export type ImportMode = "all" | "valid";

export interface ImportProblem {
  sheet: string;
  /** The row in the sheet (the header is row 1). */
  row: number;
  column: string | null;
  message: string;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
  /** Whether anything was written. */
  written: boolean;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return formatCalendarDate(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("").trim();
    if ("text" in value) return String(value.text).trim();
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value).trim();
}

/** One sheet's data rows as header → cell, with their row numbers. */
function readSheet(sheet: ExcelJS.Worksheet): { row: number; cells: Map<string, ExcelJS.CellValue> }[] {
  const headers = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, index) => headers.set(index, cellText(cell.value)));
  const rows: { row: number; cells: Map<string, ExcelJS.CellValue> }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = new Map<string, ExcelJS.CellValue>();
    row.eachCell((cell, index) => {
      const name = headers.get(index);
      if (name && cellText(cell.value) !== "") cells.set(name, cell.value);
    });
    if (cells.size) rows.push({ row: number, cells });
  });
  return rows;
}

interface Parsed {
  fields: Row;
  problems: { column: string; message: string }[];
}

function fromCell(t: Translate, refs: Lookups, column: YearColumn, value: ExcelJS.CellValue | undefined): { value: unknown; problem?: string } {
  if (value === undefined) return { value: undefined };
  const text = cellText(value);
  const labelled = (label: string) => column.values!.find((candidate) => candidate === label || t(`${column.labels}.${candidate}`) === label) ?? label;
  switch (column.kind) {
    case "date":
      return { value: text };
    case "number":
      return { value: typeof value === "number" ? value : text };
    case "enum":
      return { value: labelled(text) };
    case "enumList":
      return { value: text.split(/[、,，;；]/).map((item) => item.trim()).filter(Boolean).map(labelled) };
    case "boolean":
      return { value: text === t("common.yes") || text === "true" || text === "1" };
    case "branch": {
      const id = refs.branch.id.get(text);
      return id ? { value: id } : { value: undefined, problem: t("summary.ledger.unknownName", { name: text }) };
    }
    case "ref": {
      const id = refs[column.ref!].id.get(text);
      return id ? { value: id } : { value: undefined, problem: t("summary.ledger.unknownName", { name: text }) };
    }
    default:
      return { value: text };
  }
}

function parseRow(t: Translate, refs: Lookups, columns: YearColumn[], cells: Map<string, ExcelJS.CellValue>): Parsed {
  const fields: Row = {};
  const problems: Parsed["problems"] = [];
  for (const column of columns) {
    const { value, problem } = fromCell(t, refs, column, cells.get(header(t, column)));
    if (problem) problems.push({ column: header(t, column), message: problem });
    if (value !== undefined) fields[column.field] = value;
  }
  return { fields, problems };
}

const keyPart = (value: unknown) => (value instanceof Date ? formatCalendarDate(value) : value === null || value === undefined ? "" : String(value));
const naturalKey = (type: YearLedgerType, fields: Row) => type.naturalKey.map((field) => keyPart(fields[field])).join("|");
const parentKey = (fields: Row) => (fields.parentId ? `id:${String(fields.parentId)}` : `nk:${keyPart(fields.parentDate)}|${keyPart(fields.parentTopic)}`);

/** A person of a people sheet: by member number, else by name and birth date. */
async function resolveMembers(rows: Row[]): Promise<(string | null)[]> {
  const numbers = rows.map((row) => row.memberNo).filter(Boolean) as string[];
  const names = rows.map((row) => (row.name ?? row.speakerName) as string | undefined).filter(Boolean) as string[];
  const members = await db.member.findMany({
    where: { deletedAt: null, OR: [{ memberNo: { in: numbers } }, { name: { in: names } }] },
    select: { id: true, memberNo: true, name: true, birthDate: true },
  });
  return rows.map((row) => {
    if (row.memberNo) return members.find((member) => member.memberNo === row.memberNo)?.id ?? null;
    const name = (row.name ?? row.speakerName) as string | undefined;
    if (!name || !row.birthDate) return null;
    return members.find((member) => member.name === name && formatCalendarDate(member.birthDate) === row.birthDate)?.id ?? null;
  });
}

interface PlannedWrite {
  type: YearLedgerType;
  sheet: string;
  row: number;
  /** The parsed input, for update or create. */
  input: unknown;
  existing: boolean;
}

/**
 * Reads a year workbook back. Nothing is written when any row is bad and `mode` is "all" (and
 * then everything is written in one transaction); with "valid" the good rows are written one by
 * one and the bad ones reported.
 */
export async function importYearWorkbook(user: CurrentUser, bytes: Buffer | ArrayBuffer, year: number, mode: ImportMode): Promise<ImportReport> {
  const [t, refs] = await Promise.all([getTranslations(), lookups(year)]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  const problems: ImportProblem[] = [];
  const writes: PlannedWrite[] = [];
  let unchanged = 0;

  for (const type of YEAR_LEDGER_TYPES) {
    const sheetName = sheetTitle(t, type.key);
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) continue;
    const existing = await type.load(user, year, null);
    const byId = new Map(existing.map((record) => [record.id, record]));
    const byKey = new Map(existing.map((record) => [naturalKey(type, record), record]));
    const children = await readChildren(t, refs, workbook, type.children ?? [], problems);

    for (const { row, cells } of readSheet(sheet)) {
      const parsed = parseRow(t, refs, type.columns, cells);
      const report = (column: string | null, message: string) => problems.push({ sheet: sheetName, row, column, message });
      parsed.problems.forEach((problem) => report(problem.column, problem.message));
      const { id, ...fields } = parsed.fields;
      const match = id ? byId.get(String(id)) : byKey.get(naturalKey(type, fields));
      if (id && !match) {
        report(header(t, type.columns[0]), t("summary.ledger.unknownId"));
        continue;
      }
      if (match && type.createOnly) {
        unchanged += 1;
        continue;
      }
      if (match?.redacted) {
        report(null, t("summary.ledger.redacted"));
        continue;
      }
      const input: Row = { ...fields, "campaignIds[]": match?.campaignIds ?? [] };
      for (const child of type.children ?? []) {
        const entries = children.get(child.key);
        if (entries) input[child.field] = entries.get(match ? `id:${match.id}` : "") ?? entries.get(`nk:${keyPart(fields.date)}|${keyPart(fields.topic)}`) ?? [];
        else if (match) input[child.field] = (await child.load([match.id])).map((entry) => child.toEntry(entry, entry.memberId));
      }
      if (match) Object.assign(input, { id: match.id, version: match.version });
      const result = (match ? type.updateSchema : type.createSchema).safeParse(input);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const field = String(issue.path[0] ?? "");
          const column = [...type.columns, ...(type.children ?? []).map((child) => ({ field: child.field, header: `sheet:${child.key}` }) as YearColumn)].find((candidate) => candidate.field === field || `${candidate.field}[]` === field);
          report(column ? (column.header.startsWith("sheet:") ? sheetTitle(t, column.header.slice(6)) : header(t, column)) : null, translateIssue(issue.message, t));
        }
        continue;
      }
      if (!parsed.problems.length) writes.push({ type, sheet: sheetName, row, input: result.data, existing: Boolean(match) });
    }
  }

  const counts = { created: 0, updated: 0 };
  const write = async (planned: PlannedWrite) => {
    if (planned.existing) await planned.type.update(user, planned.input as never);
    else await planned.type.create(user, planned.input as never);
    counts[planned.existing ? "updated" : "created"] += 1;
  };
  const failure = (planned: PlannedWrite, error: unknown): ImportProblem => ({
    sheet: planned.sheet,
    row: planned.row,
    column: null,
    message: isAppError(error) ? t(`errors.${error.messageKey}`) : t("errors.unexpected"),
  });

  if (mode === "all") {
    if (problems.length) return { created: 0, updated: 0, unchanged, problems, written: false };
    let failed: ImportProblem | null = null;
    try {
      await inTransaction(async () => {
        for (const planned of writes) {
          try {
            await write(planned);
          } catch (error) {
            failed = failure(planned, error);
            throw error;
          }
        }
      });
    } catch (error) {
      if (!failed) throw error;
      return { created: 0, updated: 0, unchanged, problems: [failed], written: false };
    }
    return { ...counts, unchanged, problems, written: writes.length > 0 };
  }
  for (const planned of writes) {
    try {
      await write(planned);
    } catch (error) {
      if (!isAppError(error)) throw error;
      problems.push(failure(planned, error));
    }
  }
  return { ...counts, unchanged, problems, written: counts.created + counts.updated > 0 };
}

/** The people sheets, as entries grouped by the record they belong to (by id, or by date and topic). */
async function readChildren(t: Translate, refs: Lookups, workbook: ExcelJS.Workbook, sheets: YearChildSheet[], problems: ImportProblem[]) {
  const result = new Map<string, Map<string, unknown[]>>();
  for (const child of sheets) {
    const sheetName = sheetTitle(t, child.key);
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) continue;
    const rows = readSheet(sheet).map(({ row, cells }) => ({ row, ...parseRow(t, refs, child.columns, cells) }));
    const members = await resolveMembers(rows.map((row) => row.fields));
    const grouped = new Map<string, unknown[]>();
    rows.forEach(({ row, fields, problems: cellProblems }, index) => {
      cellProblems.forEach((problem) => problems.push({ sheet: sheetName, row, column: problem.column, message: problem.message }));
      if (child.memberRequired && !members[index]) {
        problems.push({ sheet: sheetName, row, column: null, message: t("summary.ledger.unknownMember") });
        return;
      }
      const key = parentKey(fields);
      const list = grouped.get(key) ?? [];
      list.push(child.toEntry(fields, members[index]));
      grouped.set(key, list);
    });
    result.set(child.key, grouped);
  }
  return result;
}
