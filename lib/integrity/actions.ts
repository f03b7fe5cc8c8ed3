"use server";
import { defineAction } from "@/lib/actions/define-action";
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
