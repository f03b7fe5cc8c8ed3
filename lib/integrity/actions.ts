"use server";
import { defineAction } from "@/lib/actions/define-action";
import { raiseFromRecordSchema } from "@/lib/rectification/schema";
import { createRectificationItem } from "@/lib/rectification/service";
import { rectificationDraftFromCheck } from "./rectification-seam";
import { createSupervisionCheck, updateSupervisionCheck } from "./checks";
import { createIntegrityActivitySchema, createSupervisionCheckSchema, updateIntegrityActivitySchema, updateSupervisionCheckSchema } from "./schema";
import { createIntegrityActivity, updateIntegrityActivity } from "./service";

export const createIntegrityActivityAction = defineAction(
  { name: "integrity.createActivity", permission: "records.write", schema: createIntegrityActivitySchema, revalidate: ["/integrity"] },
  async (input, { user }) => (await createIntegrityActivity(user, input)).id,
);

export const updateIntegrityActivityAction = defineAction(
  { name: "integrity.updateActivity", permission: "records.write", schema: updateIntegrityActivitySchema, revalidate: ["/integrity"] },
  async (input, { user }) => (await updateIntegrityActivity(user, input)).id,
);

export const createSupervisionCheckAction = defineAction(
  { name: "integrity.createCheck", permission: "records.write", schema: createSupervisionCheckSchema, revalidate: ["/integrity"] },
  async (input, { user }) => (await createSupervisionCheck(user, input)).id,
);

export const updateSupervisionCheckAction = defineAction(
  { name: "integrity.updateCheck", permission: "records.write", schema: updateSupervisionCheckSchema, revalidate: ["/integrity"] },
  async (input, { user }) => (await updateSupervisionCheck(user, input)).id,
);

export const raiseRectificationFromCheckAction = defineAction(
  { name: "integrity.raiseRectification", permission: "records.write", schema: raiseFromRecordSchema, revalidate: ["/integrity", "/management"] },
  async ({ recordId, ...fields }, { user }) => {
    const draft = await rectificationDraftFromCheck(user, recordId, fields);
    const link = { source: draft.source, sourceRecordType: draft.sourceRecordType, sourceRecordId: draft.sourceRecordId, findingId: null };
    return (await createRectificationItem(user, { ...fields, planId: null, source: draft.source, orgUnitId: draft.orgUnitId }, link)).id;
  },
);
