import { fileURLToPath } from "node:url";
import { defineConfig, env } from "prisma/config";

// Prisma's native schema engine is downloaded on demand, which this offline
// machine cannot do; use the local wasm-backed stand-in unless the
// environment already names an engine. See docs/decisions/001-prisma-engine-shim.md.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./prisma/engine/schema-engine.mjs", import.meta.url),
);
// No update checks against the network.
process.env.CHECKPOINT_DISABLE ??= "1";

// `prisma generate` never connects, so it must not need a real DATABASE_URL
// (e.g. in `npm run build` on a machine without a database). Every other
// command keeps env()'s fail-fast behaviour when the variable is missing.
const command = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
const databaseUrl =
  command === "generate"
    ? (process.env.DATABASE_URL ?? "postgresql://localhost/unset")
    : env("DATABASE_URL");

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: databaseUrl },
});
