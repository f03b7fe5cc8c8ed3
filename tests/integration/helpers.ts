// Helpers for integration tests. Each test file has its own database (setup-db.ts).
import { afterAll } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/connect";

let client: Db | undefined;

/** A Prisma client for this test file's private database (created on first use, cached). */
export function testDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set — is tests/integration/setup-db.ts in setupFiles?");
  client ??= createPrismaClient(url);
  return client;
}

// Importing this module registers the disconnect on the importing file; it runs before
// setup-db.ts drops the database.
afterAll(async () => {
  await client?.$disconnect();
  client = undefined;
});
