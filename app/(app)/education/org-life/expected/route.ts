import { z } from "zod";
import { getClientIp, requirePermission, requireUser, type CurrentUser } from "@/lib/auth/session";
import { validationError } from "@/lib/errors";
import { failureResponse, jsonResult } from "@/lib/http/route";
import { ORG_LIFE_KINDS } from "@/lib/org-life/schema";
import { expectedForForm } from "@/lib/org-life/service";
import { calendarDate, choice, msg, recordId } from "@/lib/validation";

const querySchema = z.object({ unit: recordId(), kind: choice(ORG_LIFE_KINDS), date: calendarDate() });

/**
 * GET /education/org-life/expected?unit=…&kind=…&date=YYYY-MM-DD — the 应到 list the meeting
 * form shows while it is filled in; the server computes it again when the meeting is saved.
 */
export async function GET(request: Request) {
  let user: CurrentUser | undefined;
  try {
    user = await requireUser();
    requirePermission(user, "records.read");
    const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw validationError({ unit: [msg("invalidChoice")] });
    return jsonResult({ ok: true, data: await expectedForForm(user, parsed.data.unit, parsed.data.kind, parsed.data.date) }, 200);
  } catch (error) {
    return failureResponse(error, { user, entity: "orgLife.expected", ip: await getClientIp() });
  }
}
