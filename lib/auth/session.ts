import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden as forbiddenPage, notFound as notFoundPage, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { forbidden, isAppError, unauthenticated } from "@/lib/errors";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";
import type { RoleName } from "./roles";
import { clientIpFromHeaders } from "./client-ip";
import { getSecurityPolicy } from "@/lib/security/policy";
import { isSameOrigin } from "@/lib/security/origin";

// Touching the session row on every request would turn every page view into a write.
const TOUCH_INTERVAL_MS = 60_000;

export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  role: RoleName;
  /** Set for SECRETARY only: the branch whose records they keep. */
  branchId: string | null;
  mustChangePassword: boolean;
  /** The policy requires a second factor for this role and none is enrolled yet. */
  mustEnrolTotp: boolean;
  sessionId: string;
}

/**
 * The signed-in user, checked against the database on every request: a disabled account,
 * a changed role or password (sessionVersion), a logout, the idle timeout or the absolute
 * session lifetime (both from the security policy) end the session at once, whatever the JWT
 * cookie still says.
 */
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
  if (
    !session ||
    session.revokedAt ||
    session.user.id !== claims.userId ||
    !session.user.active ||
    session.user.sessionVersion !== claims.sessionVersion ||
    now - session.lastSeenAt.getTime() > policy.idleMinutes * 60_000 ||
    now - session.createdAt.getTime() > policy.absoluteHours * 3_600_000
  ) {
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.userSession.update({ where: { id: claims.sessionId }, data: { lastSeenAt: new Date(now) } });
  }
  const { id, username, displayName, role, branchId, mustChangePassword, totpEnabledAt } = session.user;
  const mustEnrolTotp = !totpEnabledAt && policy.totpRequiredRoles.includes(role);
  return { id, username, displayName, role, branchId, mustChangePassword, mustEnrolTotp, sessionId: claims.sessionId };
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
