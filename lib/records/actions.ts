"use server";
import { defineAction } from "@/lib/actions/define-action";
import { recordRefSchema } from "./schema";
import { restoreRecord, softDeleteRecord } from "./service";

// The one delete and restore for every registered record type (lib/records/registry.ts).
// A deleted record leaves every list, count and page, so all cached pages are revalidated.

export const deleteRecordAction = defineAction(
  { name: "records.delete", permission: "records.write", schema: recordRefSchema, revalidate: ["/"] },
  async (input, { user }) => softDeleteRecord(user, input.type, input.id),
);

export const restoreRecordAction = defineAction(
  { name: "records.restore", permission: "records.restore", schema: recordRefSchema, revalidate: ["/"] },
  async (input, { user }) => restoreRecord(user, input.type, input.id),
);
