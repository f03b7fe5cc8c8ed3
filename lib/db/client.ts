import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "./connect";

export type { Db, Tx } from "./connect";

// One client per process, created on first use so that `next build` needs no database.
// In development Next re-evaluates modules, so the client lives on globalThis.
const holder = globalThis as unknown as { prisma?: PrismaClient };
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    holder.prisma ??= createPrismaClient();
    const value = Reflect.get(holder.prisma, property);
    return typeof value === "function" ? value.bind(holder.prisma) : value;
  },
});
