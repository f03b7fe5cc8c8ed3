// The record registry puts table and column names into SQL: this checks every name against the
// migrated database, so a renamed column or a missing entry fails here, not in production.
import { describe, expect, it } from "vitest";
import { RECORD_TYPES, type RecordTypeDefinition } from "@/lib/records/registry";
import { testDb } from "./helpers";

async function columnsByTable(): Promise<Map<string, Map<string, string>>> {
  const rows = await testDb().$queryRaw<{ table_name: string; column_name: string; data_type: string; is_nullable: string }[]>`
    SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`;
  const tables = new Map<string, Map<string, string>>();
  for (const row of rows) {
    if (!tables.has(row.table_name)) tables.set(row.table_name, new Map());
    tables.get(row.table_name)!.set(row.column_name, `${row.data_type}${row.is_nullable === "YES" ? "?" : ""}`);
  }
  return tables;
}

// Tables with soft delete that are not Party-building records: the foundation's own (managed on
// their pages) and evidence files (deleted with the attachment panel).
const NOT_RECORDS = new Set(["OrgUnit", "Member", "User", "Attachment"]);

describe("record registry", () => {
  it("names real tables and columns, and its scope and soft-delete flags match each table", async () => {
    const tables = await columnsByTable();
    for (const [type, definition] of Object.entries(RECORD_TYPES) as [string, RecordTypeDefinition][]) {
      const columns = tables.get(definition.table);
      expect(columns, type).toBeDefined();
      expect(columns!.has(definition.titleField), `${type}.${definition.titleField}`).toBe(true);
      expect(columns!.has("orgUnitId"), `${type} scope`).toBe(definition.scope === "orgUnit");
      // Soft delete and restore set these three (lib/records/service.ts).
      if (definition.softDelete !== false) {
        for (const column of ["deletedAt", "updatedById", "version"]) expect(columns!.has(column), `${type}.${column}`).toBe(true);
      }
      expect(columns!.get("campaignIds")?.startsWith("ARRAY") ?? false, `${type}.campaignIds`).toBe(definition.campaigns === true);
    }
  });

  it("registers every soft-deletable record table", async () => {
    const tables = await columnsByTable();
    const softDeletable = [...tables].filter(([name, columns]) => columns.has("deletedAt") && !NOT_RECORDS.has(name)).map(([name]) => name);
    const registered = new Set(Object.values(RECORD_TYPES).map((definition) => definition.table));
    expect(softDeletable.filter((name) => !registered.has(name))).toEqual([]);
  });
});
