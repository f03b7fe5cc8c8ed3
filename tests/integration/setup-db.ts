// Vitest setupFiles entry for the `integration` project. Runs once per test FILE, before
// the file's own imports: clones the migrated template (see global-setup.ts for why
// templates) into a private database and points DATABASE_URL at it, so app code
// (lib/db/client.ts reads DATABASE_URL on first use) talks to that database only.
// The database is dropped after the file.
import { afterAll, inject } from "vitest";
import { createDatabase, databaseUrl, dropDatabase, randomSuffix, withClient } from "../../scripts/lib/pg-admin";

const adminUrl = inject("integrationAdminUrl");
const template = inject("integrationTemplate");
const database = `${inject("integrationDbPrefix")}${randomSuffix(10)}`;

await withClient(adminUrl, (client) => createDatabase(client, database, template));
process.env.DATABASE_URL = databaseUrl(adminUrl, database);

// Registered first, so it runs last (after-hooks run in reverse order).
afterAll(async () => {
  // The app's shared client (lib/db/client.ts) lives on globalThis; close it before the drop,
  // and forget it so a later file in a reused worker connects to its own database.
  const holder = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await holder.prisma?.$disconnect().catch(() => {});
  delete holder.prisma;
  await withClient(adminUrl, (client) => dropDatabase(client, database));
});
