// Self-check of the integration harness: this file runs in its own database cloned from the
// migrated template (global-setup.ts, setup-db.ts).
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import { testDb } from "./helpers";

describe("integration database harness", () => {
  it("points DATABASE_URL at this file's private database", async () => {
    const url = new URL(process.env.DATABASE_URL ?? "");
    const name = decodeURIComponent(url.pathname.slice(1));
    expect(name.startsWith(inject("integrationDbPrefix"))).toBe(true);
    const rows = await testDb().$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
    expect(rows[0].db).toBe(name);
  });

  it("sends the app's own client (lib/db/client.ts, server-only) to the same database", async () => {
    const rows = await db.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
    expect(`/${rows[0].db}`).toBe(new URL(process.env.DATABASE_URL ?? "").pathname);
  });

  it("clones a fully migrated template", async () => {
    const rows = await testDb().$queryRaw<{ pending: number }[]>`
      SELECT count(*)::int AS pending FROM _prisma_migrations WHERE finished_at IS NULL OR rolled_back_at IS NOT NULL`;
    expect(rows[0].pending).toBe(0);
    const [{ applied }] = await testDb().$queryRaw<{ applied: number }[]>`SELECT count(*)::int AS applied FROM _prisma_migrations`;
    expect(applied).toBeGreaterThan(0);
  });
});
