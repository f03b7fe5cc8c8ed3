import "server-only";
import { getTranslations } from "next-intl/server";
import { expectedFailure, type ActionResult } from "@/lib/actions/define-action";
import { writeAudit } from "@/lib/audit/service";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isAppError, type AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

// Shared by route handlers (uploads, downloads, ledgers): they are public endpoints like server
// actions, so each checks the session, the origin of state-changing calls and the permission
// itself, and answers with the same translated results as actions.

const STATUS: Record<AppError["code"], number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * A state-changing request must come from a page of this site: its Origin must name the host it
 * was sent to. A missing Origin is refused too (browsers send one with every POST).
 */
export function hasSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host"))?.split(",")[0].trim();
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function jsonResult(result: ActionResult<unknown>, status: number): Response {
  return Response.json(result, { status, headers: { "Cache-Control": "no-store" } });
}

/** An error as a JSON ActionResult with its HTTP status; refusals are audited, unexpected errors logged once. */
export async function failureResponse(error: unknown, context: { user?: CurrentUser; entity: string; ip?: string | null }): Promise<Response> {
  const t = await getTranslations();
  if (isAppError(error)) {
    if (error.code === "FORBIDDEN" && context.user) {
      await writeAudit(db, { actor: context.user, action: "REFUSED", entity: context.entity, ip: context.ip });
    }
    return jsonResult(expectedFailure(error, t), STATUS[error.code]);
  }
  logger.error({ err: error, route: context.entity, userId: context.user?.id }, "route handler failed");
  return jsonResult({ ok: false, error: t("errors.unexpected") }, 500);
}

/**
 * Content-Disposition naming a file in any script: an ASCII fallback for old clients and the
 * real (e.g. Chinese) name in RFC 5987 `filename*`.
 */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
