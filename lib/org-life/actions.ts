"use server";
import { defineAction } from "@/lib/actions/define-action";
import { createMeetingSchema, frequencySettingsSchema, updateMeetingSchema } from "./schema";
import { createMeeting, updateMeeting } from "./service";
import { saveOrgLifeFrequencies } from "./settings";

export const createMeetingAction = defineAction(
  { name: "orgLife.createMeeting", permission: "records.write", schema: createMeetingSchema, revalidate: ["/education"] },
  async (input, { user }) => createMeeting(user, input),
);

export const updateMeetingAction = defineAction(
  { name: "orgLife.updateMeeting", permission: "records.write", schema: updateMeetingSchema, revalidate: ["/education"] },
  async (input, { user }) => updateMeeting(user, input),
);

export const saveFrequenciesAction = defineAction(
  { name: "orgLife.saveFrequencies", permission: "records.writeOrgan", schema: frequencySettingsSchema, revalidate: ["/education"] },
  async ({ loadedAt, ...frequencies }, { user }) => saveOrgLifeFrequencies(user, frequencies, loadedAt),
);
