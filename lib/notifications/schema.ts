import { z } from "zod";
import { recordId } from "@/lib/validation";

export const NOTIFICATION_LEVELS = ["INFO", "YELLOW", "RED", "OVERDUE"] as const;
export type NotificationLevelName = (typeof NOTIFICATION_LEVELS)[number];

export const markReadSchema = z.object({ id: recordId() });
export const markAllReadSchema = z.object({});
