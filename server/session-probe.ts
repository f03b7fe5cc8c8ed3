// What the page cache must know about a request before it may answer from a kept page, in one
// round trip: whether the session stands (judged by the same rule as getCurrentUser), and the
// records version and unread-notification count the page's content depends on.
import type { IncomingHttpHeaders } from "node:http";
import { LRUCache } from "lru-cache";
import { getToken } from "next-auth/jwt";
import pg from "pg";
import { JIT_OFF } from "@/lib/db/pg-options";
import { judgeSession, type CurrentUser, type SessionRow } from "@/lib/auth/session-rules";
import type { SessionClaims } from "@/lib/auth/login";
import { policyFromStored, SECURITY_POLICY_KEY } from "@/lib/security/policy-schema";
import { RECORDS_VERSION_NAME } from "@/lib/records/cache-keys";

export interface Probe {
  user: CurrentUser;
  sessionVersion: number;
  recordsVersion: string;
  unread: number;
}

/** The session row and its user as PostgreSQL sends them (times as epoch milliseconds), and what a kept page depends on. */
type ProbeRow = Omit<SessionRow["user"], "totpEnabledAt"> & {
  createdAt: number;
  lastSeenAt: number;
  revokedAt: number | null;
  totpEnabledAt: number | null;
  policy: unknown;
  recordsVersion: string | null;
  unread: string;
};

// Times travel as epoch milliseconds both ways: node-postgres would read and write Prisma's
// zone-less (UTC) timestamps in the server's local time zone.
const PROBE_SQL = `
  SELECT extract(epoch FROM s."createdAt") * 1000 AS "createdAt", extract(epoch FROM s."lastSeenAt") * 1000 AS "lastSeenAt",
         extract(epoch FROM s."revokedAt") * 1000 AS "revokedAt",
         u.id, u.username, u."displayName", u.role::text AS role, u."branchId", u.active, u."sessionVersion",
         u."mustChangePassword", extract(epoch FROM u."totpEnabledAt") * 1000 AS "totpEnabledAt",
         (SELECT value FROM "Setting" WHERE key = $2) AS policy,
         (SELECT value FROM "CacheVersion" WHERE name = $3) AS "recordsVersion",
         (SELECT count(*) FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL) AS unread
    FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
   WHERE s.id = $1::uuid`;
const TOUCH_SQL = `UPDATE "UserSession" SET "lastSeenAt" = to_timestamp($2::double precision / 1000) AT TIME ZONE 'UTC' WHERE id = $1::uuid`;
const dateOf = (millis: number | null) => (millis === null ? null : new Date(Number(millis)));

export class SessionProbe {
  readonly #pool: pg.Pool;
  // Decrypting the session cookie (a JWE) is the costliest step of a kept page's answer; its
  // claims cannot change, and whether they still stand is asked of the database every time.
  readonly #claims = new LRUCache<string, { claims: SessionClaims | null }>({ max: 10_000, ttl: 60_000 });

  constructor(connectionString: string) {
    this.#pool = new pg.Pool({ connectionString, options: JIT_OFF, max: 4 });
  }

  async #claimsOf(cookies: Record<string, string | undefined>, headers: IncomingHttpHeaders): Promise<SessionClaims | null> {
    const cookieHeader = headers.cookie ?? "";
    const known = this.#claims.get(cookieHeader);
    if (known) return known.claims;
    const token = await getToken({ req: { cookies, headers } as never, secret: process.env.NEXTAUTH_SECRET });
    const claims = (token?.claims as SessionClaims | undefined) ?? null;
    this.#claims.set(cookieHeader, { claims });
    return claims;
  }

  /** The signed-in session of this request and what a kept page depends on, or null when there is no standing session. */
  async probe(cookies: Record<string, string | undefined>, headers: IncomingHttpHeaders, now: number): Promise<Probe | null> {
    const claims = await this.#claimsOf(cookies, headers);
    if (!claims?.sessionId) return null;
    // A named statement is planned once per connection: planning took far longer than running it.
    const { rows } = await this.#pool.query<ProbeRow>({ name: "page-cache-probe", text: PROBE_SQL, values: [claims.sessionId, SECURITY_POLICY_KEY, RECORDS_VERSION_NAME] });
    const row = rows[0];
    if (!row) return null;
    const { createdAt, lastSeenAt, revokedAt, totpEnabledAt, policy, recordsVersion, unread, ...user } = row;
    const session: SessionRow = {
      createdAt: dateOf(createdAt)!,
      lastSeenAt: dateOf(lastSeenAt)!,
      revokedAt: dateOf(revokedAt),
      user: { ...user, totpEnabledAt: dateOf(totpEnabledAt) },
    };
    const verdict = judgeSession(claims, session, policyFromStored(policy), now);
    if (!verdict) return null;
    // The activity touch getCurrentUser would write (the idle timeout counts from it): written
    // here, so that a busy page is not sent back to Next by every user once a minute.
    if (verdict.due) await this.#pool.query({ name: "page-cache-touch", text: TOUCH_SQL, values: [claims.sessionId, now] });
    return { user: verdict.user, sessionVersion: user.sessionVersion, recordsVersion: recordsVersion ?? "0", unread: Number(unread) };
  }

  end(): Promise<void> {
    return this.#pool.end();
  }
}
