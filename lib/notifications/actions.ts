"use server";
import { defineAction } from "@/lib/actions/define-action";
import { markAllReadSchema, markReadSchema } from "./schema";
import { markAllRead, markRead } from "./service";

export const markReadAction = defineAction(
  { name: "notifications.markRead", permission: "account.self", schema: markReadSchema, revalidate: ["/notifications"] },
  async (input, { user }) => markRead(user, input.id),
);

export const markAllReadAction = defineAction(
  { name: "notifications.markAllRead", permission: "account.self", schema: markAllReadSchema, revalidate: ["/notifications"] },
  async (_input, { user }) => markAllRead(user),
);
