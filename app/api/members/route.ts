import { z } from "zod";
import { requirePermission, requireUser, type CurrentUser } from "@/lib/auth/session";
import { validationError } from "@/lib/errors";
import { parseCalendarDate, todayInOrgan } from "@/lib/dates";
import { membersOfUnitForPicker, searchMembers } from "@/lib/roster/member-search";
import { recordId } from "@/lib/validation";
import { getTranslations } from "next-intl/server";
import { expectedFailure } from "@/lib/actions/define-action";
import { isAppError } from "@/lib/errors";

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
    if (!parsed.success) throw validationError({ q: ["validation.invalidChoice"] });
    const { q, unit, date } = parsed.data;
    const data = unit
      ? await membersOfUnitForPicker(user, unit, (date && parseCalendarDate(date)) || todayInOrgan())
      : await searchMembers(user, q ?? "");
    return Response.json({ ok: true, data }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (!isAppError(error)) throw error;
    const status = error.code === "UNAUTHENTICATED" ? 401 : error.code === "FORBIDDEN" ? 403 : error.code === "NOT_FOUND" ? 404 : 400;
    return Response.json(expectedFailure(error, await getTranslations()), { status, headers: { "Cache-Control": "no-store" } });
  }
}
