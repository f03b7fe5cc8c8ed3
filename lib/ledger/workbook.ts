import ExcelJS from "exceljs";
import { parseCalendarDate } from "@/lib/dates";

// Excel ledgers (台账): one sheet per list, Chinese headers, a frozen header row with filters.

export type LedgerColumnKind = "text" | "date" | "number" | "boolean";

export interface LedgerColumn {
  header: string;
  key: string;
  /** Width in characters; by default fitted to the header. */
  width?: number;
  kind?: LedgerColumnKind;
}

export interface LedgerSheet {
  name: string;
  columns: LedgerColumn[];
  rows: Record<string, unknown>[];
}

export interface WorkbookOptions {
  /** How a boolean cell reads (default 是/否). */
  yes?: string;
  no?: string;
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet";
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base.slice(0, 31 - String(n).length - 1)}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** Columns fit their header: a CJK character is about two Latin ones wide. */
const headerWidth = (header: string) => Math.max(8, [...header].reduce((sum, char) => sum + (char.charCodeAt(0) > 0xff ? 2 : 1), 0) + 2);

function cellValue(value: unknown, kind: LedgerColumnKind, options: Required<WorkbookOptions>): ExcelJS.CellValue {
  if (value === null || value === undefined || value === "") return null;
  switch (kind) {
    case "date":
      // Calendar dates are Dates at UTC midnight (lib/dates.ts), and ExcelJS turns a Date into a
      // serial from its UTC time: the day is exactly the stored one, whatever the server's TZ.
      return value instanceof Date ? value : typeof value === "string" ? (parseCalendarDate(value) ?? value) : String(value);
    case "number":
      return typeof value === "number" ? value : Number(value);
    case "boolean":
      return value ? options.yes : options.no;
    default:
      return Array.isArray(value) ? value.join("、") : String(value);
  }
}

export async function buildWorkbook(sheets: LedgerSheet[], options: WorkbookOptions = {}): Promise<Buffer> {
  const labels = { yes: options.yes ?? "是", no: options.no ?? "否" };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "党建工作台";
  workbook.created = new Date();
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name, taken), { views: [{ state: "frozen", ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.header,
      key: column.key,
      width: column.width ?? headerWidth(column.header),
      style: column.kind === "date" ? { numFmt: "yyyy-mm-dd" } : {},
    }));
    for (const row of sheet.rows) {
      worksheet.addRow(Object.fromEntries(sheet.columns.map((column) => [column.key, cellValue(row[column.key], column.kind ?? "text", labels)])));
    }
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: "middle" };
    header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F4F6" } };
    if (sheet.columns.length) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
