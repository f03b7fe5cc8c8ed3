"use server";
import { defineAction } from "@/lib/actions/define-action";
import {
  createBookSchema,
  createStudyFormSchema,
  createStudyTaskSchema,
  updateBookSchema,
  updateStudyFormSchema,
  updateStudyTaskSchema,
} from "./schema";
import { createBook, createStudyForm, createStudyTask, updateBook, updateStudyForm, updateStudyTask } from "./service";

// Party-group-level records: the permission is the Party office's; the services check it again.
const config = { permission: "records.writeOrgan" as const, revalidate: ["/education"] };

export const createStudyFormAction = defineAction({ ...config, name: "checklist.createForm", schema: createStudyFormSchema }, (input, { user }) =>
  createStudyForm(user, input),
);

export const updateStudyFormAction = defineAction({ ...config, name: "checklist.updateForm", schema: updateStudyFormSchema }, (input, { user }) =>
  updateStudyForm(user, input),
);

export const createStudyTaskAction = defineAction({ ...config, name: "checklist.createTask", schema: createStudyTaskSchema }, (input, { user }) =>
  createStudyTask(user, input),
);

export const updateStudyTaskAction = defineAction({ ...config, name: "checklist.updateTask", schema: updateStudyTaskSchema }, (input, { user }) =>
  updateStudyTask(user, input),
);

export const createBookAction = defineAction({ ...config, name: "checklist.createBook", schema: createBookSchema }, (input, { user }) =>
  createBook(user, input),
);

export const updateBookAction = defineAction({ ...config, name: "checklist.updateBook", schema: updateBookSchema }, (input, { user }) =>
  updateBook(user, input),
);
