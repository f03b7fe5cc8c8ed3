import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/connect";

/** A sweep may run for a while: the lock's transaction must outlive Prisma's 5-second default. */
const MAX_RUN_MS = 15 * 60_000;

/**
 * Runs `fn` unless another process (another app instance, `npm run sweep`) is running the job of
 * the same name. The lock is PostgreSQL's transaction-level advisory lock, held by the one
 * connection of a transaction kept open while `fn` runs and released when it ends, whatever
 * way it ends. `fn` may use the transaction or open its own.
 */
export async function runExclusive<T>(name: string, fn: (tx: Tx) => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
  return db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${name})) AS locked`;
      if (!locked) return { ran: false as const };
      return { ran: true as const, result: await fn(tx) };
    },
    { timeout: MAX_RUN_MS, maxWait: 10_000 },
  );
}
