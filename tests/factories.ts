// Test data built through the database directly: each factory makes the smallest valid
// record and returns it, so a test states only what matters to it.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/connect";
import type { Role } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { parseCalendarDate } from "@/lib/dates";
import { authenticate, type SessionClaims } from "@/lib/auth/login";

export const TEST_PASSWORD = "Test@2026pw";
export const day = (value: string) => parseCalendarDate(value)!;
const unique = () => randomUUID().slice(0, 8);

let cachedHash: Promise<string> | undefined;

export async function createCommittee(db: Db) {
  return db.orgUnit.create({ data: { type: "COMMITTEE", name: `机关党委${unique()}`, effectiveFrom: day("2020-01-01") } });
}

export async function createBranch(db: Db, parentId: string, name = `测试党支部${unique()}`) {
  return db.orgUnit.create({ data: { type: "BRANCH", name, parentId, effectiveFrom: day("2020-01-01") } });
}

export async function createUser(db: Db, role: Role, options: { branchId?: string; active?: boolean; username?: string } = {}) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return db.user.create({
    data: {
      username: options.username ?? `${role.toLowerCase().replace("_", "-")}-${unique()}`,
      displayName: `${role}用户`,
      role,
      branchId: options.branchId ?? null,
      passwordHash: await cachedHash,
      mustChangePassword: false,
      active: options.active ?? true,
    },
  });
}

export async function createMember(db: Db, branchId: string, options: { name?: string; fromDate?: string; birthDate?: string } = {}) {
  const member = await db.member.create({
    data: {
      name: options.name ?? `党员${unique()}`,
      gender: "FEMALE",
      birthDate: day(options.birthDate ?? "1990-05-01"),
      joinedPartyOn: day("2015-07-01"),
    },
  });
  await db.membership.create({ data: { memberId: member.id, orgUnitId: branchId, fromDate: day(options.fromDate ?? "2020-01-01") } });
  return member;
}

/** Signs in through the real login (password check, session row, audit) and returns the session claims. */
export function signIn(username: string, password = TEST_PASSWORD): Promise<SessionClaims> {
  return authenticate({ username, password, ip: "127.0.0.1", userAgent: "vitest" });
}

/** A small organ: a committee, two branches with a secretary and a member each, and one user per other role. */
export async function createOrgan(db: Db) {
  const committee = await createCommittee(db);
  const branchA = await createBranch(db, committee.id, `甲党支部${unique()}`);
  const branchB = await createBranch(db, committee.id, `乙党支部${unique()}`);
  const [secretaryA, secretaryB, leader, partyOffice, systemAdmin, securityAdmin, auditAdmin] = await Promise.all([
    createUser(db, "SECRETARY", { branchId: branchA.id }),
    createUser(db, "SECRETARY", { branchId: branchB.id }),
    createUser(db, "LEADER"),
    createUser(db, "PARTY_OFFICE"),
    createUser(db, "SYSTEM_ADMIN"),
    createUser(db, "SECURITY_ADMIN"),
    createUser(db, "AUDIT_ADMIN"),
  ]);
  const [memberA, memberB] = await Promise.all([createMember(db, branchA.id), createMember(db, branchB.id)]);
  return { committee, branchA, branchB, secretaryA, secretaryB, leader, partyOffice, systemAdmin, securityAdmin, auditAdmin, memberA, memberB };
}

/** An integrity activity (a meeting of the Party group unless told otherwise). */
export async function createIntegrityActivity(
  db: Db,
  data: Partial<Parameters<Db["integrityActivity"]["create"]>[0]["data"]> & { date?: Date } = {},
) {
  return db.integrityActivity.create({
    data: { kind: "INTEGRITY_MEETING", organiserLevel: "PARTY_GROUP", date: day("2025-03-01"), title: `廉政活动${unique()}`, ...data },
  });
}

export async function createSupervisionCheck(db: Db, data: Partial<Parameters<Db["supervisionCheck"]["create"]>[0]["data"]> = {}) {
  return db.supervisionCheck.create({ data: { kind: "ROUTINE", target: `监督对象${unique()}`, date: day("2025-03-01"), ...data } });
}

export async function createMassActivity(db: Db, data: Partial<Parameters<Db["massActivity"]["create"]>[0]["data"]> = {}) {
  return db.massActivity.create({ data: { kind: "OTHER", date: day("2025-03-01"), title: `群团活动${unique()}`, ...data } });
}

/** A 党小组 under a branch. */
export async function createGroup(db: Db, branchId: string, name = `党小组${unique()}`) {
  return db.orgUnit.create({ data: { type: "GROUP", name, parentId: branchId, effectiveFrom: day("2020-01-01") } });
}

/** A post on a branch committee from a date (open-ended unless `toDate`). */
export async function createPost(db: Db, branchId: string, memberId: string, kind: "SECRETARY" | "ORGANIZATION" | "PUBLICITY" | "COMMITTEE_MEMBER" | "GROUP_LEADER", fromDate = "2020-01-01", toDate?: string) {
  return db.branchPost.create({ data: { orgUnitId: branchId, memberId, kind, fromDate: day(fromDate), toDate: toDate ? day(toDate) : null } });
}
