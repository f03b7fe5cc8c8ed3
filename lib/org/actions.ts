"use server";
import { defineAction } from "@/lib/actions/define-action";
import { branchBusinessSchema, createOrgUnitSchema, deleteOrgUnitSchema, updateOrgUnitSchema } from "./schema";
import { createOrgUnit, deleteOrgUnit, updateBranchBusiness, updateOrgUnit } from "./service";

export const createOrgUnitAction = defineAction(
  { name: "org.create", permission: "org.manage", schema: createOrgUnitSchema, revalidate: ["/admin/org"] },
  async (input, { user }) => (await createOrgUnit(user, input)).id,
);

export const updateOrgUnitAction = defineAction(
  { name: "org.update", permission: "org.manage", schema: updateOrgUnitSchema, revalidate: ["/admin/org"] },
  async (input, { user }) => (await updateOrgUnit(user, input)).id,
);

export const deleteOrgUnitAction = defineAction(
  { name: "org.delete", permission: "org.manage", schema: deleteOrgUnitSchema, revalidate: ["/admin/org"] },
  async (input, { user }) => deleteOrgUnit(user, input.id),
);

export const updateBranchBusinessAction = defineAction(
  { name: "branch.updateBusiness", permission: "branch.manageBusiness", schema: branchBusinessSchema, revalidate: ["/branches"] },
  async (input, { user }) => (await updateBranchBusiness(user, input)).id,
);
