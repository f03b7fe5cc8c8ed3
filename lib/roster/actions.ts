"use server";
import { defineAction } from "@/lib/actions/define-action";
import {
  branchPostSchema,
  createMemberSchema,
  endBranchPostSchema,
  endMembershipSchema,
  transferMemberSchema,
  updateMemberSchema,
} from "./schema";
import { addBranchPost, createMember, endBranchPost, endMembership, transferMember, updateMember } from "./service";

export const createMemberAction = defineAction(
  { name: "roster.createMember", permission: "roster.write", schema: createMemberSchema, revalidate: ["/branches"] },
  async (input, { user }) => (await createMember(user, input)).id,
);

export const updateMemberAction = defineAction(
  { name: "roster.updateMember", permission: "roster.write", schema: updateMemberSchema, revalidate: ["/branches"] },
  async (input, { user }) => (await updateMember(user, input)).id,
);

export const transferMemberAction = defineAction(
  { name: "roster.transferMember", permission: "branch.manageBusiness", schema: transferMemberSchema, revalidate: ["/branches"] },
  async (input, { user }) => transferMember(user, input),
);

export const endMembershipAction = defineAction(
  { name: "roster.endMembership", permission: "roster.write", schema: endMembershipSchema, revalidate: ["/branches"] },
  async (input, { user }) => endMembership(user, input),
);

export const addBranchPostAction = defineAction(
  { name: "roster.addPost", permission: "roster.write", schema: branchPostSchema, revalidate: ["/branches"] },
  async (input, { user }) => (await addBranchPost(user, input)).id,
);

export const endBranchPostAction = defineAction(
  { name: "roster.endPost", permission: "roster.write", schema: endBranchPostSchema, revalidate: ["/branches"] },
  async (input, { user }) => endBranchPost(user, input),
);
