// Next's start-up hook: stamps requests with their peer address and starts the hourly sweeps
// (lib/jobs/sweeps.ts) in the Node.js server.
// SWEEPS=off leaves them to another instance or to `npm run sweep` from a scheduler.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before the first request: the real client address for audit rows and sign-in limits.
  const { installPeerAddressHeader } = await import("@/lib/security/peer-address");
  installPeerAddressHeader();
  if (process.env.SWEEPS === "off" || process.env.NODE_ENV === "test") return;
  const { startSweepTimer } = await import("@/lib/jobs/timer");
  startSweepTimer();
}
