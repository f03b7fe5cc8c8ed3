/**
 * Server options for every connection the app opens (node-postgres' `options`, sent at connect).
 * JIT compilation pays off for long analytical queries only: for the dashboards' many-figure
 * statements its compile time (seconds on a busy 2-core machine) far exceeded the query itself.
 * A module of its own so that code outside the app (server/, the benchmarks) can open plain pg
 * pools without loading the Prisma client.
 */
export const JIT_OFF = "-c jit=off";
