// `npm run sweep`: runs every sweep once (for a scheduler, or to test one by hand) and prints
// what each did. Runs with the react-server condition so server-only modules load outside Next.
import { runSweeps, SWEEPS } from "@/lib/jobs/sweeps";
import { db } from "@/lib/db/client";

const outcomes = await runSweeps();
if (SWEEPS.length === 0) console.log("No sweeps are registered.");
for (const outcome of outcomes) {
  console.log(`${outcome.name}: ${outcome.status === "done" ? `notified ${outcome.notified}` : outcome.status}`);
}
await db.$disconnect();
process.exit(outcomes.some((outcome) => outcome.status === "failed") ? 1 : 0);
