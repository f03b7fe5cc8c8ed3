import { beforeAll, describe, expect, it } from "vitest";
import { LoginError } from "@/lib/auth/login";
import { DEFAULT_SECURITY_POLICY } from "@/lib/security/policy-schema";

const MAX_FAILED_LOGINS = DEFAULT_SECURITY_POLICY.lockoutThreshold;
import { getCurrentUser } from "@/lib/auth/session";
import { createUserAction, setUserActiveAction, unlockUserAction } from "@/lib/users/actions";
import { createOrgan, createUser, signIn } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";

let organ: Awaited<ReturnType<typeof createOrgan>>;
beforeAll(async () => {
  organ = await createOrgan(testDb());
});

async function failedLogin(username: string) {
  const error = await signIn(username, "wrong-Password1").catch((caught) => caught);
  expect(error).toBeInstanceOf(LoginError);
  return (error as LoginError).reason;
}

describe("accounts and sign-in", () => {
  it("stores a created user's password as an argon2 hash, never as given", async () => {
    signedInAs(await signIn(organ.systemAdmin.username));
    const result = await createUserAction({
      username: "new-secretary",
      displayName: "新书记",
      role: "SECRETARY",
      branchId: organ.branchA.id,
      initialPassword: "Initial#2026",
    });
    expect(result).toMatchObject({ ok: true });
    const stored = await testDb().user.findUniqueOrThrow({ where: { username: "new-secretary" } });
    expect(stored.passwordHash).not.toContain("Initial#2026");
    expect(stored.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(stored.mustChangePassword).toBe(true);
  });

  it("refuses a weak initial password with a field message in Chinese", async () => {
    signedInAs(await signIn(organ.systemAdmin.username));
    const result = await createUserAction({ username: "weak-one", displayName: "弱", role: "LEADER", initialPassword: "abcdefgh" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.initialPassword?.[0]).toContain("至少三种");
    expect(await testDb().user.findUnique({ where: { username: "weak-one" } })).toBeNull();
  });

  it("locks an account after five consecutive failures, and the security administrator unlocks it", async () => {
    const victim = await createUser(testDb(), "LEADER");
    for (let attempt = 1; attempt < MAX_FAILED_LOGINS; attempt++) expect(await failedLogin(victim.username)).toBe("INVALID");
    expect(await failedLogin(victim.username)).toBe("INVALID");
    // Locked now: even the right password is refused.
    await expect(signIn(victim.username)).rejects.toMatchObject({ reason: "LOCKED" });
    const locked = await testDb().user.findUniqueOrThrow({ where: { id: victim.id } });
    expect(locked.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(await testDb().auditLog.count({ where: { entityId: victim.id, action: "LOCKOUT" } })).toBe(1);

    signedInAs(await signIn(organ.securityAdmin.username));
    expect(await unlockUserAction({ id: victim.id })).toMatchObject({ ok: true });
    await expect(signIn(victim.username)).resolves.toMatchObject({ userId: victim.id });
  });

  it("counts failures in PostgreSQL, so concurrent attempts from several instances still lock", async () => {
    const victim = await createUser(testDb(), "LEADER");
    await Promise.all(Array.from({ length: MAX_FAILED_LOGINS }, () => failedLogin(victim.username)));
    const after = await testDb().user.findUniqueOrThrow({ where: { id: victim.id } });
    expect(after.failedLoginCount).toBe(MAX_FAILED_LOGINS);
    expect(after.lockedUntil).not.toBeNull();
  });

  it("refuses a disabled user's very next request, whatever their token says", async () => {
    const user = await createUser(testDb(), "LEADER");
    const claims = await signIn(user.username);
    signedInAs(claims);
    expect(await getCurrentUser()).toMatchObject({ id: user.id });

    signedInAs(await signIn(organ.systemAdmin.username));
    expect(await setUserActiveAction({ id: user.id, active: "false" })).toMatchObject({ ok: true });

    signedInAs(claims);
    expect(await getCurrentUser()).toBeNull();
    await expect(signIn(user.username)).rejects.toMatchObject({ reason: "DISABLED" });
  });

  it("ends sessions idle for more than 30 minutes", async () => {
    const user = await createUser(testDb(), "LEADER");
    const claims = await signIn(user.username);
    await testDb().userSession.update({ where: { id: claims.sessionId }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    signedInAs(claims);
    expect(await getCurrentUser()).toBeNull();
  });

  it("writes logins and failed logins to the audit log", async () => {
    const user = await createUser(testDb(), "LEADER");
    await failedLogin(user.username);
    await signIn(user.username);
    const actions = await testDb().auditLog.findMany({ where: { entityId: user.id }, select: { action: true }, orderBy: { id: "asc" } });
    expect(actions.map((row) => row.action)).toEqual(["LOGIN_FAILED", "LOGIN"]);
  });
});
