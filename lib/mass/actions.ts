"use server";
import { defineAction } from "@/lib/actions/define-action";
import { createMassActivitySchema, createMassOrganizationSchema, updateMassActivitySchema, updateMassOrganizationSchema } from "./schema";
import { createMassActivity, createMassOrganization, updateMassActivity, updateMassOrganization } from "./service";

export const createMassActivityAction = defineAction(
  { name: "mass.createActivity", permission: "records.write", schema: createMassActivitySchema, revalidate: ["/mass"] },
  async (input, { user }) => (await createMassActivity(user, input)).id,
);

export const updateMassActivityAction = defineAction(
  { name: "mass.updateActivity", permission: "records.write", schema: updateMassActivitySchema, revalidate: ["/mass"] },
  async (input, { user }) => (await updateMassActivity(user, input)).id,
);

export const createMassOrganizationAction = defineAction(
  { name: "mass.createOrganization", permission: "records.writeOrgan", schema: createMassOrganizationSchema, revalidate: ["/mass"] },
  async (input, { user }) => (await createMassOrganization(user, input)).id,
);

export const updateMassOrganizationAction = defineAction(
  { name: "mass.updateOrganization", permission: "records.writeOrgan", schema: updateMassOrganizationSchema, revalidate: ["/mass"] },
  async (input, { user }) => (await updateMassOrganization(user, input)).id,
);
