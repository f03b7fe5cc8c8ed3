// The table `npm run bench` prints: one line per row, the goal beside the measurement.
import type { BenchRow } from "./result";

const width = (text: string) => [...text].reduce((sum, char) => sum + (/[\u1100-\uffff]/.test(char) ? 2 : 1), 0);
const pad = (text: string, to: number) => text + " ".repeat(Math.max(0, to - width(text)));

export function formatMeasured(row: BenchRow): string {
  return Number.isNaN(row.measured) ? "—" : `${row.measured} ${row.unit}`.trim();
}

export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => [row.name, formatMeasured(row), row.goal, Number.isNaN(row.measured) ? "n/a" : row.met ? "met" : "MISSED", row.detail ?? ""]);
  const header = ["measurement", "measured", "goal", "", "detail"];
  const widths = header.map((_, column) => (column === header.length - 1 ? 0 : Math.max(...[header, ...cells].map((line) => width(line[column])))));
  const line = (values: string[]) => values.map((value, column) => pad(value, widths[column])).join("  ").trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w || 6)).join("  "), ...cells.map(line)].join("\n");
}
