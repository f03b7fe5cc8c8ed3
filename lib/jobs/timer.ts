import "server-only";
import { logger } from "@/lib/logger";
import { runSweeps } from "./sweeps";

const HOUR_MS = 60 * 60_000;
/** The first run waits for the server to finish starting. */
const FIRST_RUN_DELAY_MS = 60_000;

/** Runs the sweeps hourly in this server process; the timers never keep the process alive. */
export function startSweepTimer(): void {
  const run = () => {
    runSweeps().then(
      (outcomes) => logger.info({ outcomes }, "sweeps ran"),
      (error: unknown) => logger.error({ err: error }, "sweeps failed"),
    );
  };
  setTimeout(run, FIRST_RUN_DELAY_MS).unref();
  setInterval(run, HOUR_MS).unref();
}
