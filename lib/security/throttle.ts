import "server-only";
import { db } from "@/lib/db/client";

// The per-address limit against password spraying: failures are counted per client address in
// fixed 15-minute windows, in PostgreSQL so that every app instance shares the count.
const WINDOW_MS = 15 * 60_000;

function windowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
}

/**
 * Addresses that are never limited: load-test and browser-test runners that all come from one
 * local address. Configured, never implied — the limit is not switched off by default for anyone.
 */
function allowlisted(address: string): boolean {
  return (process.env.LOGIN_THROTTLE_ALLOWLIST ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .includes(address);
}

export async function isAddressThrottled(address: string | null, limit: number, now = new Date()): Promise<boolean> {
  if (!address || allowlisted(address)) return false;
  const row = await db.loginThrottle.findUnique({ where: { address_windowStart: { address, windowStart: windowStart(now) } } });
  return (row?.failures ?? 0) >= limit;
}

export async function recordAddressFailure(address: string | null, now = new Date()): Promise<void> {
  if (!address) return;
  const start = windowStart(now);
  await db.loginThrottle.upsert({
    where: { address_windowStart: { address, windowStart: start } },
    create: { address, windowStart: start, failures: 1 },
    update: { failures: { increment: 1 } },
  });
}
