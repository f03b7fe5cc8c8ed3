import "server-only";
import { logger } from "@/lib/logger";
import { runExclusive } from "./run-exclusive";
import { orgLifeReminderSweep } from "@/lib/org-life/reminders";
import { committeeTermReminderSweep, submissionReminderSweep } from "@/lib/management/reminders";
import { rectificationEscalationSweep } from "@/lib/rectification/escalation-sweep";

// Periodic jobs that look at the records and notify people (rectification escalation, due
// organisational life …). Each runs exclusively across app instances; notify()'s dedupe keys
// make a repeated run harmless. Areas append their sweeps to SWEEPS.

export interface Sweep {
  name: string;
  /** `now` is passed in so tests can fix the clock; days are counted in Asia/Shanghai (lib/dates.ts). */
  run(now: Date): Promise<{ notified: number }>;
}

export const SWEEPS: Sweep[] = [orgLifeReminderSweep, rectificationEscalationSweep, committeeTermReminderSweep, submissionReminderSweep];

export type SweepOutcome = { name: string } & ({ status: "done"; notified: number } | { status: "skipped" } | { status: "failed" });

/** Runs each sweep once, one after another; one failing does not stop the others. */
export async function runSweeps(now: Date = new Date(), sweeps: readonly Sweep[] = SWEEPS): Promise<SweepOutcome[]> {
  const outcomes: SweepOutcome[] = [];
  for (const sweep of sweeps) {
    try {
      const outcome = await runExclusive(`sweep:${sweep.name}`, () => sweep.run(now));
      outcomes.push(outcome.ran ? { name: sweep.name, status: "done", notified: outcome.result.notified } : { name: sweep.name, status: "skipped" });
    } catch (error) {
      logger.error({ err: error, sweep: sweep.name }, "sweep failed");
      outcomes.push({ name: sweep.name, status: "failed" });
    }
  }
  return outcomes;
}
