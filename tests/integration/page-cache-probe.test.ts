// The page cache's one query per request (server/session-probe.ts) against the real database:
// it must judge a session exactly as getCurrentUser does, and see every change a kept page
// depends on (a record saved on any instance, a new notification).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { revokeSession } from "@/lib/auth/login";
import { getCurrentUser } from "@/lib/auth/session";
import { recordsChanged } from "@/lib/records/cache";
import { SessionProbe } from "@/server/session-probe";
import { createOrgan, createUser, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";
import type { SessionClaims } from "@/lib/auth/login";

const COOKIE = "next-auth.session-token";
let probe: SessionProbe;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "page-cache-probe-test-secret";
  await createOrgan(testDb());
  probe = new SessionProbe(process.env.DATABASE_URL!);
});
afterAll(() => probe.end());

async function requestOf(claims: SessionClaims) {
  const token = await encode({ token: { claims }, secret: process.env.NEXTAUTH_SECRET! });
  return { cookies: { [COOKIE]: token }, headers: { cookie: `${COOKIE}=${token}` } };
}

async function probeAs(claims: SessionClaims, now = Date.now()) {
  const { cookies, headers } = await requestOf(claims);
  return probe.probe(cookies, headers, now);
}

describe("the page cache's session probe", () => {
  it("sees a standing session as getCurrentUser does", async () => {
    const user = await createUser(testDb(), "LEADER");
    const claims = await signIn(user.username);
    signedInAs(claims);
    const result = await probeAs(claims);
    expect(result?.user).toEqual(await getCurrentUser());
    expect(result?.sessionVersion).toBe(claims.sessionVersion);
  });

  it("refuses a revoked session, a disabled account, an idle or an outlived session, and a forged cookie", async () => {
    const user = await createUser(testDb(), "LEADER");
    const idle = await signIn(user.username);
    expect(await probeAs(idle, Date.now() + 31 * 60_000)).toBeNull();
    expect(await probeAs(idle, Date.now() + 9 * 3_600_000)).toBeNull();
    // Past the touch interval the session stands, and the probe records the activity as
    // getCurrentUser would (the idle timeout counts from it), in UTC like Prisma.
    const later = Date.now() + 2 * 60_000;
    expect(await probeAs(idle, later)).not.toBeNull();
    expect((await testDb().userSession.findUniqueOrThrow({ where: { id: idle.sessionId } })).lastSeenAt.getTime()).toBe(later);

    const revoked = await signIn(user.username);
    await revokeSession(revoked.sessionId, null);
    expect(await probeAs(revoked)).toBeNull();

    const other = await createUser(testDb(), "LEADER");
    const disabled = await signIn(other.username);
    await testDb().user.update({ where: { id: other.id }, data: { active: false } });
    expect(await probeAs(disabled)).toBeNull();

    const standing = await signIn(user.username);
    const forged = `${COOKIE}=${(await requestOf(standing)).cookies[COOKIE].slice(0, -4)}AAAA`;
    expect(await probe.probe({ [COOKIE]: forged.split("=")[1] }, { cookie: forged }, Date.now())).toBeNull();
    expect(await probe.probe({}, {}, Date.now())).toBeNull();
  });

  it("reports the records version a write raises and the user's unread notifications", async () => {
    const user = await createUser(testDb(), "PARTY_OFFICE");
    const claims = await signIn(user.username);
    const before = await probeAs(claims);
    await recordsChanged();
    const after = await probeAs(claims);
    expect(BigInt(after!.recordsVersion)).toBe(BigInt(before!.recordsVersion) + 1n);
    expect(after!.unread).toBe(before!.unread);

    await testDb().notification.create({ data: { userId: user.id, kind: "TEST", title: "整改事项即将到期" } });
    expect((await probeAs(claims))!.unread).toBe(before!.unread + 1);
  });
});
