// `npm run bench:dashboard`: the dashboard benchmark alone, on the large database (created with
// `npm run seed:large` when missing). Prints the rows; with --write keeps them in bench/results/dashboard.json.
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseLargeSeedArgs, seedLarge } from "../seed-large";
import { benchDashboard } from "./dashboard";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { database: { type: "string", default: "partydesk_large" }, iterations: { type: "string", default: "30" }, write: { type: "boolean", default: false } },
});
const databaseUrl = await seedLarge(parseLargeSeedArgs(["--database", values.database]));
const rows = await benchDashboard({ databaseUrl, iterations: Number(values.iterations) });
console.table(rows.map((row) => ({ name: row.name, measured: `${row.measured} ${row.unit}`, goal: row.goal, met: row.met ? "met" : "MISSED", detail: row.detail })));
if (values.write) {
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    note: "2 cores shared with other work on the machine while measuring",
  };
  const file = path.resolve(import.meta.dirname, "../../bench/results/dashboard.json");
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), database: values.database, machine, rows }, null, 2)}\n`);
  console.log(`written to ${file}`);
}
