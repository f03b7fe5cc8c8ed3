"use server";
import { defineAction } from "@/lib/actions/define-action";
import { createActivitySchema, createVehicleSchema, updateActivitySchema, updateVehicleSchema } from "./schema";
import { createActivity, createVehicle, updateActivity, updateVehicle } from "./service";

export const createVehicleAction = defineAction(
  { name: "activities.createVehicle", permission: "records.writeOrgan", schema: createVehicleSchema, revalidate: ["/education"] },
  (input, { user }) => createVehicle(user, input),
);

export const updateVehicleAction = defineAction(
  { name: "activities.updateVehicle", permission: "records.writeOrgan", schema: updateVehicleSchema, revalidate: ["/education"] },
  (input, { user }) => updateVehicle(user, input),
);

export const createActivityAction = defineAction(
  { name: "activities.createActivity", permission: "records.write", schema: createActivitySchema, revalidate: ["/education"] },
  (input, { user }) => createActivity(user, input),
);

export const updateActivityAction = defineAction(
  { name: "activities.updateActivity", permission: "records.write", schema: updateActivitySchema, revalidate: ["/education"] },
  (input, { user }) => updateActivity(user, input),
);
