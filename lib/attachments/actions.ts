"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { recordId } from "@/lib/validation";
import { deleteAttachment } from "./service";

export const deleteAttachmentAction = defineAction(
  { name: "attachments.delete", permission: "records.write", schema: z.object({ id: recordId() }) },
  async (input, { user }) => deleteAttachment(user, input.id),
);
