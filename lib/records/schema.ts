import { z } from "zod";
import { msg, recordId } from "@/lib/validation";
import { RECORD_TYPE_NAMES } from "./registry";

export const recordRefSchema = z.object({
  type: z.enum(RECORD_TYPE_NAMES, { error: msg("invalidChoice") }),
  id: recordId(),
});
