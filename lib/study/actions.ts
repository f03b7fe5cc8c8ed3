"use server";
import { defineAction } from "@/lib/actions/define-action";
import { createStudySessionSchema, updateStudySessionSchema } from "./schema";
import { createStudySession, updateStudySession } from "./service";

export const createStudySessionAction = defineAction(
  { name: "study.createSession", permission: "records.write", schema: createStudySessionSchema, revalidate: ["/education"] },
  async (input, { user }) => createStudySession(user, input),
);

export const updateStudySessionAction = defineAction(
  { name: "study.updateSession", permission: "records.write", schema: updateStudySessionSchema, revalidate: ["/education"] },
  async (input, { user }) => updateStudySession(user, input),
);
