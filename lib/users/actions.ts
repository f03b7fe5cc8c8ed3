"use server";
import { defineAction } from "@/lib/actions/define-action";
import { assignRoleSchema, changeBranchSchema, createUserSchema, resetPasswordSchema, setActiveSchema, userIdSchema } from "./schema";
import { assignRole, changeUserBranch, createUser, resetPassword, resetTotp, setUserActive, unlockUser } from "./service";

export const createUserAction = defineAction(
  { name: "users.create", permission: "users.manage", schema: createUserSchema, revalidate: ["/admin/users"] },
  async (input, { user }) => (await createUser(user, input)).id,
);

export const resetPasswordAction = defineAction(
  { name: "users.resetPassword", permission: "users.manage", schema: resetPasswordSchema, revalidate: ["/admin/users"] },
  async (input, { user }) => (await resetPassword(user, input.id, input.initialPassword)).id,
);

export const setUserActiveAction = defineAction(
  { name: "users.setActive", permission: "users.manage", schema: setActiveSchema, revalidate: ["/admin/users"] },
  async (input, { user }) => (await setUserActive(user, input.id, input.active)).id,
);

export const changeUserBranchAction = defineAction(
  { name: "users.changeBranch", permission: "users.manage", schema: changeBranchSchema, revalidate: ["/admin/users"] },
  async (input, { user }) => (await changeUserBranch(user, input.id, input.branchId)).id,
);

export const unlockUserAction = defineAction(
  { name: "users.unlock", permission: "users.unlock", schema: userIdSchema, revalidate: ["/admin/security"] },
  async (input, { user }) => (await unlockUser(user, input.id)).id,
);

export const assignRoleAction = defineAction(
  { name: "users.assignRole", permission: "users.assignRole", schema: assignRoleSchema, revalidate: ["/admin/security"] },
  async (input, { user }) => (await assignRole(user, input)).id,
);

export const resetTotpAction = defineAction(
  { name: "users.resetTotp", permission: "users.unlock", schema: userIdSchema, revalidate: ["/admin/security"] },
  async (input, { user }) => (await resetTotp(user, input.id)).id,
);
