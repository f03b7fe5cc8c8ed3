"use server";
import { defineAction } from "@/lib/actions/define-action";
import { addAgendaItem, assessBranch, removeAgendaItem } from "./related";
import { agendaItemSchema, assessBranchSchema, createManagementRecordSchema, removeAgendaItemSchema, submitDocumentSchema, updateManagementRecordSchema } from "./schema";
import { createSectionRecord, updateSectionRecord } from "./service";
import { submitDocument } from "./submissions";

// The management pillar's writes. Records of every section go through one create and one update
// (the form's `section` says which); organ-level rules are decided by the service.

export const createManagementRecordAction = defineAction(
  { name: "management.create", permission: "records.write", schema: createManagementRecordSchema, revalidate: ["/management"] },
  async (input, { user }) => (await createSectionRecord(user, input)).id,
);

export const updateManagementRecordAction = defineAction(
  { name: "management.update", permission: "records.write", schema: updateManagementRecordSchema, revalidate: ["/management"] },
  async (input, { user }) => (await updateSectionRecord(user, input)).id,
);

export const submitDocumentAction = defineAction(
  { name: "management.submitDocument", permission: "records.write", schema: submitDocumentSchema, revalidate: ["/management"] },
  async (input, { user }) => (await submitDocument(user, input)).id,
);

export const assessBranchAction = defineAction(
  { name: "management.assessBranch", permission: "records.writeOrgan", schema: assessBranchSchema, revalidate: ["/management"] },
  async (input, { user }) => (await assessBranch(user, input)).id,
);

export const addAgendaItemAction = defineAction(
  { name: "management.addAgendaItem", permission: "records.writeOrgan", schema: agendaItemSchema, revalidate: ["/management"] },
  async (input, { user }) => (await addAgendaItem(user, input)).id,
);

export const removeAgendaItemAction = defineAction(
  { name: "management.removeAgendaItem", permission: "records.writeOrgan", schema: removeAgendaItemSchema, revalidate: ["/management"] },
  async (input, { user }) => removeAgendaItem(user, input.id),
);
