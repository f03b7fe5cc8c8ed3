// Next's start-up hook: starts the hourly sweeps (lib/jobs/sweeps.ts) in the Node.js server.
// SWEEPS=off leaves them to another instance or to `npm run sweep` from a scheduler.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.SWEEPS === "off" || process.env.NODE_ENV === "test") return;
  const { startSweepTimer } = await import("@/lib/jobs/timer");
  startSweepTimer();
}
