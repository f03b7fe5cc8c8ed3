import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { expectedFailure } from "@/lib/actions/define-action";
import { requirePermission, requireUser } from "@/lib/auth/session";
import { isAppError, validationError } from "@/lib/errors";
import { expectedForForm } from "@/lib/org-life/service";
import { ORG_LIFE_KINDS } from "@/lib/org-life/schema";
import { calendarDate, choice, recordId } from "@/lib/validation";

const querySchema = z.object({ unit: recordId(), kind: choice(ORG_LIFE_KINDS), date: calendarDate() });

/**
 * GET /education/org-life/expected?unit=…&kind=…&date=YYYY-MM-DD — the 应到 list the meeting
 * form shows while it is filled in; the server computes it again when the meeting is saved.
 */
export async function GET(request: Request) {
  try {
    const user = await requireUser();
    requirePermission(user, "records.read");
    const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw validationError({ unit: ["validation.invalidChoice"] });
    const data = await expectedForForm(user, parsed.data.unit, parsed.data.kind, parsed.data.date);
    return Response.json({ ok: true, data }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (!isAppError(error)) throw error;
    const status = error.code === "UNAUTHENTICATED" ? 401 : error.code === "FORBIDDEN" ? 403 : error.code === "NOT_FOUND" ? 404 : 400;
    return Response.json(expectedFailure(error, await getTranslations()), { status, headers: { "Cache-Control": "no-store" } });
  }
}
