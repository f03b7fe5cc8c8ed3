import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient, type Tx } from "./connect";

export type { Db, Tx } from "./connect";

// One client per process, created on first use so that `next build` needs no database.
// In development Next re-evaluates modules, so the client lives on globalThis.
const holder = globalThis as unknown as { prisma?: PrismaClient; ambient?: AsyncLocalStorage<Tx> };
// Inside inTransaction(), `db` is that transaction: every service called there (each of which
// opens its own `db.$transaction`) then writes into the one outer transaction, so a batch of
// service calls (an Excel import) commits or rolls back as a whole.
const ambient = (holder.ambient ??= new AsyncLocalStorage<Tx>());

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const tx = ambient.getStore();
    if (tx) {
      if (property === "$transaction") {
        return (work: unknown) => (typeof work === "function" ? (work as (inner: Tx) => unknown)(tx) : Promise.all(work as Promise<unknown>[]));
      }
      const value = Reflect.get(tx, property);
      return typeof value === "function" ? value.bind(tx) : value;
    }
    holder.prisma ??= createPrismaClient();
    const value = Reflect.get(holder.prisma, property);
    return typeof value === "function" ? value.bind(holder.prisma) : value;
  },
});

/** Runs `work` in one transaction that every `db` call inside it, however deep, joins. */
export function inTransaction<T>(work: () => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  holder.prisma ??= createPrismaClient();
  return holder.prisma.$transaction((tx) => withinTransaction(tx, work), { timeout: options.timeout ?? 120_000, maxWait: 10_000 });
}

/**
 * Runs `work` with `db` bound to a transaction opened elsewhere (the demo seed's, on its own
 * client), so the services it calls write into that transaction.
 */
export function withinTransaction<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  return ambient.run(tx, work);
}
