"use server";
import { defineAction } from "@/lib/actions/define-action";
import { createDemocraticLifeMeeting, createRectificationPlan, raisePlanFromMeeting, updateDemocraticLifeMeeting, updateRectificationPlan } from "./plans";
import {
  checkInSchema,
  createDemocraticLifeSchema,
  createPlanSchema,
  createRectificationItemSchema,
  raisePlanFromMeetingSchema,
  returnSchema,
  transitionSchema,
  updateDemocraticLifeSchema,
  updatePlanSchema,
  updateRectificationItemSchema,
} from "./schema";
import {
  acceptRectificationItem,
  addRectificationCheckIn,
  createRectificationItem,
  returnRectificationItem,
  submitRectificationItem,
  updateRectificationItem,
} from "./service";

const revalidate = ["/management"];

export const createRectificationItemAction = defineAction(
  { name: "rectification.createItem", permission: "records.write", schema: createRectificationItemSchema, revalidate },
  async (input, { user }) => (await createRectificationItem(user, input)).id,
);

export const updateRectificationItemAction = defineAction(
  { name: "rectification.updateItem", permission: "records.write", schema: updateRectificationItemSchema, revalidate },
  async (input, { user }) => (await updateRectificationItem(user, input)).id,
);

export const addRectificationCheckInAction = defineAction(
  { name: "rectification.checkIn", permission: "records.write", schema: checkInSchema, revalidate },
  async (input, { user }) => (await addRectificationCheckIn(user, input)).id,
);

export const submitRectificationItemAction = defineAction(
  { name: "rectification.submit", permission: "records.write", schema: transitionSchema, revalidate },
  async (input, { user }) => (await submitRectificationItem(user, input)).status,
);

// Leadership writes no records but may be the named verifier: reading is the permission, the row
// rule (the item's verifier, never its owner) is the workflow's.
export const acceptRectificationItemAction = defineAction(
  { name: "rectification.accept", permission: "records.read", schema: transitionSchema, revalidate },
  async (input, { user }) => (await acceptRectificationItem(user, input)).status,
);

export const returnRectificationItemAction = defineAction(
  { name: "rectification.return", permission: "records.read", schema: returnSchema, revalidate },
  async (input, { user }) => (await returnRectificationItem(user, input)).status,
);

export const createRectificationPlanAction = defineAction(
  { name: "rectification.createPlan", permission: "records.write", schema: createPlanSchema, revalidate },
  async (input, { user }) => (await createRectificationPlan(user, input)).id,
);

export const updateRectificationPlanAction = defineAction(
  { name: "rectification.updatePlan", permission: "records.write", schema: updatePlanSchema, revalidate },
  async (input, { user }) => (await updateRectificationPlan(user, input)).id,
);

export const createDemocraticLifeMeetingAction = defineAction(
  { name: "rectification.createDemocraticLife", permission: "records.writeOrgan", schema: createDemocraticLifeSchema, revalidate },
  async (input, { user }) => (await createDemocraticLifeMeeting(user, input)).id,
);

export const updateDemocraticLifeMeetingAction = defineAction(
  { name: "rectification.updateDemocraticLife", permission: "records.writeOrgan", schema: updateDemocraticLifeSchema, revalidate },
  async (input, { user }) => (await updateDemocraticLifeMeeting(user, input)).id,
);

export const raisePlanFromMeetingAction = defineAction(
  { name: "rectification.raisePlanFromMeeting", permission: "records.writeOrgan", schema: raisePlanFromMeetingSchema, revalidate },
  async (input, { user }) => (await raisePlanFromMeeting(user, input)).id,
);
