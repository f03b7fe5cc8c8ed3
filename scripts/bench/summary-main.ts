// `npm run bench:summary`: the summary export benchmark alone, on its data set (100 branches,
// about 50 000 records in one year; created with `npm run seed:large` when missing). Prints the row.
import { parseArgs } from "node:util";
import { parseLargeSeedArgs, seedLarge } from "../seed-large";
import { benchSummary, SUMMARY_DATA_SET } from "./summary";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { database: { type: "string", default: "partydesk_summary" }, iterations: { type: "string", default: "20" } },
});
const databaseUrl = await seedLarge(parseLargeSeedArgs(["--database", values.database, ...SUMMARY_DATA_SET.flags]));
const rows = await benchSummary({ databaseUrl, iterations: Number(values.iterations) });
console.table(rows.map((row) => ({ name: row.name, measured: `${row.measured} ${row.unit}`, goal: row.goal, met: row.met ? "met" : "MISSED", detail: row.detail })));
