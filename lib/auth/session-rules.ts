// When a signed-in session still stands, as one pure rule. Two callers check sessions: every page,
// action and route through getCurrentUser, and the page cache in front of Next (server/), which
// runs outside the app's bundle and so reads the same rows with its own query.
import type { RoleName } from "./roles";
import type { SessionClaims } from "./login";
import type { SecurityPolicy } from "@/lib/security/policy-schema";

// Touching the session row on every request would turn every page view into a write.
export const TOUCH_INTERVAL_MS = 60_000;

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

/** The session row and its user as both callers select them. */
export interface SessionRow {
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  user: {
    id: string;
    username: string;
    displayName: string;
    role: RoleName;
    branchId: string | null;
    active: boolean;
    sessionVersion: number;
    mustChangePassword: boolean;
    totpEnabledAt: Date | null;
  };
}

export interface SessionVerdict {
  user: CurrentUser;
  /** lastSeenAt is older than the touch interval: the caller records this request. */
  due: boolean;
}

/**
 * The user the token speaks for, or null when the session has ended: a disabled account, a
 * changed role or password (sessionVersion), a logout, the idle timeout or the absolute session
 * lifetime (both from the security policy), whatever the JWT cookie still says.
 */
export function judgeSession(claims: SessionClaims, session: SessionRow | null, policy: SecurityPolicy, now: number): SessionVerdict | null {
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
  const { id, username, displayName, role, branchId, mustChangePassword, totpEnabledAt } = session.user;
  const mustEnrolTotp = !totpEnabledAt && policy.totpRequiredRoles.includes(role);
  return {
    user: { id, username, displayName, role, branchId, mustChangePassword, mustEnrolTotp, sessionId: claims.sessionId },
    due: now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS,
  };
}
