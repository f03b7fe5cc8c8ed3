import { z } from "zod";
import { getClientIp, requirePermission, requireUser, type CurrentUser } from "@/lib/auth/session";
import { parseCalendarDate, todayInOrgan } from "@/lib/dates";
import { validationError } from "@/lib/errors";
import { failureResponse, jsonResult } from "@/lib/http/route";
import { membersOfUnitForPicker, searchMembers } from "@/lib/roster/member-search";
import { msg, recordId } from "@/lib/validation";

const querySchema = z.object({
  q: z.string().trim().max(40).optional(),
  unit: recordId().optional(),
  date: z.string().optional(),
});

/**
 * GET /api/members?q=… — members the user may pick whose name or number matches;
 * GET /api/members?unit=…&date=YYYY-MM-DD — everyone in a unit on a date ("the whole branch").
 * Read-only; the roster's row rules apply (a secretary sees their own branch).
 */
export async function GET(request: Request) {
  let user: CurrentUser | undefined;
  try {
    user = await requireUser();
    requirePermission(user, "roster.read");
    const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw validationError({ q: [msg("invalidChoice")] });
    const { q, unit, date } = parsed.data;
    const data = unit
      ? await membersOfUnitForPicker(user, unit, (date && parseCalendarDate(date)) || todayInOrgan())
      : await searchMembers(user, q ?? "");
    return jsonResult({ ok: true, data }, 200);
  } catch (error) {
    return failureResponse(error, { user, entity: "roster.memberSearch", ip: await getClientIp() });
  }
}
