import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden as forbiddenPage, notFound as notFoundPage, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { forbidden, isAppError, unauthenticated } from "@/lib/errors";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";
import { judgeSession, type CurrentUser } from "./session-rules";
import { clientIpFromHeaders } from "./client-ip";
import { getSecurityPolicy } from "@/lib/security/policy";
import { isSameOrigin } from "@/lib/security/origin";

export type { CurrentUser } from "./session-rules";

/** The signed-in user, checked against the database on every request (see judgeSession). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = (await getServerSession(authOptions))?.claims;
  if (!claims) return null;
  const [session, policy] = await Promise.all([
    db.userSession.findUnique({
      where: { id: claims.sessionId },
      select: {
        createdAt: true,
        lastSeenAt: true,
        revokedAt: true,
        user: {
          select: {
            id: true,
            username: true,
            displayName: true,
            role: true,
            branchId: true,
            active: true,
            sessionVersion: true,
            mustChangePassword: true,
            totpEnabledAt: true,
          },
        },
      },
    }),
    getSecurityPolicy(),
  ]);
  const now = Date.now();
  const verdict = judgeSession(claims, session, policy, now);
  if (!verdict) return null;
  if (verdict.due) await db.userSession.update({ where: { id: claims.sessionId }, data: { lastSeenAt: new Date(now) } });
  return verdict.user;
});

export async function getClientIp(): Promise<string | null> {
  const requestHeaders = await headers();
  return clientIpFromHeaders((name) => requestHeaders.get(name));
}

/** Refuses a state-changing call whose Origin is missing or names another site (CSRF). */
export async function requireSameOrigin(): Promise<void> {
  const requestHeaders = await headers();
  if (!isSameOrigin((name) => requestHeaders.get(name))) throw forbidden("badOrigin");
}

/** For server actions and route handlers: the user, or an UNAUTHENTICATED error. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw unauthenticated();
  return user;
}

export function requirePermission(user: CurrentUser, permission: Permission): void {
  if (!can(user.role, permission)) throw forbidden();
}

/**
 * For pages: sends anonymous visitors to the login page, users with an initial or reset
 * password to the change-password page, and renders 403 when the role lacks the permission.
 */
export async function requirePageUser(permission?: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword) redirect("/account/password");
  if (user.mustEnrolTotp) redirect("/account/two-factor");
  if (permission && !can(user.role, permission)) forbiddenPage();
  return user;
}

/**
 * For pages: loads data through a service and turns its expected refusals into the 403 and
 * 404 pages, so a secretary opening another branch's URL sees "no access", not an error.
 */
export async function loadForPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") forbiddenPage();
    if (isAppError(error) && error.code === "NOT_FOUND") notFoundPage();
    throw error;
  }
}
