import ExcelJS from "exceljs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/ledger/[type]/route";
import { generate } from "otplib";
import { authenticate } from "@/lib/auth/login";
import { getCurrentUser } from "@/lib/auth/session";
import { changePasswordAction, confirmTotpEnrolmentAction, startTotpEnrolmentAction } from "@/lib/account/actions";
import { auditQuerySchema, listAuditLogs, viewAuditLog } from "@/lib/audit/queries";
import { SECURITY_POLICY_KEY } from "@/lib/security/policy-schema";
import { DEFAULT_SECURITY_POLICY } from "@/lib/security/policy-schema";
import { createOrgan, createUser, signIn, TEST_PASSWORD } from "../factories";
import { testDb } from "./helpers";
import { signedInAs } from "./next-runtime";
import { siteRequest } from "./records-fixtures";

let organ: Awaited<ReturnType<typeof createOrgan>>;
beforeAll(async () => {
  organ = await createOrgan(testDb());
});

async function setPolicy(changes: Partial<typeof DEFAULT_SECURITY_POLICY>) {
  const value = { ...DEFAULT_SECURITY_POLICY, ...changes };
  await testDb().setting.upsert({ where: { key: SECURITY_POLICY_KEY }, create: { key: SECURITY_POLICY_KEY, value }, update: { value } });
}

afterEach(() => setPolicy({}));

const change = (currentPassword: string, newPassword: string) =>
  changePasswordAction({ currentPassword, newPassword, confirmPassword: newPassword });

describe("password policy", () => {
  it("refuses reusing any of the last five passwords and accepts an older one", async () => {
    const user = await createUser(testDb(), "LEADER");
    const passwords = [TEST_PASSWORD, "Second#2026", "Third#2026x", "Fourth#2026", "Fifth#2026x", "Sixth#2026x"];
    for (let index = 1; index < passwords.length; index++) {
      signedInAs(await signIn(user.username, passwords[index - 1]));
      expect(await change(passwords[index - 1], passwords[index])).toMatchObject({ ok: true });
    }
    signedInAs(await signIn(user.username, "Sixth#2026x"));
    const reused = await change("Sixth#2026x", "Third#2026x");
    expect(reused).toMatchObject({ ok: false });
    if (!reused.ok) expect(reused.fieldErrors?.newPassword?.[0]).toContain("最近 5 次");
    // The first password is now six changes back: allowed again.
    expect(await change("Sixth#2026x", TEST_PASSWORD)).toMatchObject({ ok: true });
  });

  it("forces a change at the next sign-in once a password is older than the policy allows", async () => {
    const user = await createUser(testDb(), "LEADER");
    await testDb().user.update({ where: { id: user.id }, data: { passwordChangedAt: new Date(Date.now() - 91 * 86_400_000) } });
    signedInAs(await signIn(user.username));
    expect(await getCurrentUser()).toMatchObject({ mustChangePassword: true });
  });
});

describe("per-address limit", () => {
  const attempt = (username: string, password: string, ip: string) => authenticate({ username, password, ip, userAgent: null }).catch((error) => error.reason);

  it("refuses every sign-in from an address past its failure limit, even a right password", async () => {
    await setPolicy({ addressFailureLimit: 5 });
    const users = await Promise.all([1, 2, 3].map(() => createUser(testDb(), "LEADER")));
    for (let index = 0; index < 5; index++) expect(await attempt(users[index % 3].username, "Wrong#2026x", "198.51.100.7")).toBe("INVALID");
    expect(await attempt(users[0].username, TEST_PASSWORD, "198.51.100.7")).toBe("THROTTLED");
    // Another address is unaffected.
    expect(await attempt(users[0].username, TEST_PASSWORD, "198.51.100.8")).toMatchObject({ userId: users[0].id });
  });

  it("never limits a configured allowlisted address", async () => {
    await setPolicy({ addressFailureLimit: 5, lockoutThreshold: 20 });
    process.env.LOGIN_THROTTLE_ALLOWLIST = "198.51.100.9";
    try {
      const user = await createUser(testDb(), "LEADER");
      for (let index = 0; index < 6; index++) await attempt(user.username, "Wrong#2026x", "198.51.100.9");
      expect(await attempt(user.username, TEST_PASSWORD, "198.51.100.9")).toMatchObject({ userId: user.id });
    } finally {
      delete process.env.LOGIN_THROTTLE_ALLOWLIST;
    }
  });
});

describe("sessions", () => {
  it("ends a session older than the absolute lifetime even when it was active a moment ago", async () => {
    const user = await createUser(testDb(), "LEADER");
    const claims = await signIn(user.username);
    await testDb().userSession.update({ where: { id: claims.sessionId }, data: { createdAt: new Date(Date.now() - 9 * 3_600_000), lastSeenAt: new Date() } });
    signedInAs(claims);
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("second factor", () => {
  it("asks for enrolment when the policy requires it for the role", async () => {
    signedInAs(await signIn(organ.systemAdmin.username));
    expect(await getCurrentUser()).toMatchObject({ mustEnrolTotp: true });
    await setPolicy({ totpRequiredRoles: [] });
    expect(await getCurrentUser()).toMatchObject({ mustEnrolTotp: false });
  });

  it("after enrolment, signs in only with the password and a valid code or an unused recovery code", async () => {
    const user = await createUser(testDb(), "PARTY_OFFICE");
    signedInAs(await signIn(user.username));
    const started = await startTotpEnrolmentAction({});
    if (!started.ok) throw new Error(started.error);
    expect(started.data.svg).toContain("<svg");
    expect(await confirmTotpEnrolmentAction({ code: "000000" })).toMatchObject({ ok: false });
    const confirmed = await confirmTotpEnrolmentAction({ code: await generate({ secret: started.data.secret }) });
    if (!confirmed.ok) throw new Error(confirmed.error);
    const recoveryCodes = confirmed.data;
    expect(recoveryCodes).toHaveLength(8);

    await expect(signIn(user.username)).rejects.toMatchObject({ reason: "OTP_REQUIRED" });
    const login = (otp: string) => authenticate({ username: user.username, password: TEST_PASSWORD, otp, ip: "127.0.0.1", userAgent: null });
    await expect(login("123456")).rejects.toMatchObject({ reason: "OTP_INVALID" });
    await expect(login(await generate({ secret: started.data.secret }))).resolves.toMatchObject({ userId: user.id });
    await expect(login(recoveryCodes[0].toLowerCase())).resolves.toMatchObject({ userId: user.id });
    await expect(login(recoveryCodes[0])).rejects.toMatchObject({ reason: "OTP_INVALID" });
  });
});

describe("separation of duties in the audit log", () => {
  it("audits the auditor's reading, and shows it to the security administrator", async () => {
    signedInAs(await signIn(organ.auditAdmin.username));
    const auditor = (await getCurrentUser())!;
    await viewAuditLog(auditor, auditQuerySchema.parse({ action: "LOGIN" }));
    const trail = await listAuditLogs(auditQuerySchema.parse({}), "AUDIT_ADMIN");
    expect(trail.rows.map((row) => row.action)).toContain("AUDIT_VIEW");
    expect(trail.rows.every((row) => row.actorRole === "AUDIT_ADMIN")).toBe(true);
  });

  it("gives every account exactly one role, in the database itself", async () => {
    await expect(testDb().$executeRawUnsafe(`UPDATE "User" SET role = NULL WHERE id = '${organ.leader.id}'`)).rejects.toThrow();
    await expect(testDb().$executeRawUnsafe(`UPDATE "User" SET role = 'LEADER,AUDIT_ADMIN' WHERE id = '${organ.leader.id}'`)).rejects.toThrow();
  });
});

describe("audit log export", () => {
  it("exports the audit administrator's filtered view to Excel and audits the export", async () => {
    signedInAs(await signIn(organ.auditAdmin.username));
    const response = await GET(siteRequest("/api/ledger/audit?action=LOGIN"), { params: Promise.resolve({ type: "audit" }) });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const actions = sheet.getColumn(5).values.slice(2);
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(["登录"]));
    expect(await testDb().auditLog.count({ where: { actorId: organ.auditAdmin.id, action: "EXPORT" } })).toBe(1);
  });

  it("refuses the export to everyone but the audit administrator", async () => {
    signedInAs(await signIn(organ.securityAdmin.username));
    const response = await GET(siteRequest("/api/ledger/audit"), { params: Promise.resolve({ type: "audit" }) });
    expect(response.status).toBe(403);
  });
});
