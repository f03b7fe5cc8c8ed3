import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Server options for every connection of the app (pg's `options`, sent at connect). */
export const JIT_OFF = "-c jit=off";

/** A Prisma client over node-postgres. Scripts (seed, bench) call this directly; the app uses `db`. */
export function createPrismaClient(connectionString = process.env.DATABASE_URL) {
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  // JIT compilation pays off for long analytical queries only: for the dashboards' many-figure
  // statements its compile time (seconds on a busy 2-core machine) far exceeded the query itself.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, options: JIT_OFF }) });
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
