import "server-only";
import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/connect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/service";
import { conflict, forbidden, notFound, validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/session";
import { getSecurityPolicy } from "@/lib/security/policy";
import { assertPasswordAllowed, rememberPassword } from "@/lib/security/password-history";
import type { AssignRoleInput, CreateUserInput, UserListQuery } from "./schema";

export const USER_PAGE_SIZE = 20;

const userSelect = {
  id: true,
  username: true,
  displayName: true,
  title: true,
  role: true,
  branchId: true,
  active: true,
  mustChangePassword: true,
  failedLoginCount: true,
  lockedUntil: true,
  lastLoginAt: true,
  totpEnabledAt: true,
  createdAt: true,
} as const;

export async function listUsers(query: UserListQuery) {
  const where: Prisma.UserWhereInput = {
    ...(query.role ? { role: query.role } : {}),
    ...(query.q
      ? { OR: [{ username: { contains: query.q, mode: "insensitive" } }, { displayName: { contains: query.q } }] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      select: { ...userSelect, branch: { select: { name: true } } },
      orderBy: [{ role: "asc" }, { username: "asc" }],
      skip: (query.page - 1) * USER_PAGE_SIZE,
      take: USER_PAGE_SIZE,
    }),
  ]);
  return { total, rows, page: query.page, pageSize: USER_PAGE_SIZE };
}

async function requireLiveBranch(tx: Tx, branchId: string) {
  const branch = await tx.orgUnit.findFirst({ where: { id: branchId, type: "BRANCH", deletedAt: null } });
  if (!branch) throw validationError({ branchId: [msg("invalidChoice")] });
}

async function loadUser(tx: Tx, id: string) {
  const user = await tx.user.findUnique({ where: { id }, select: userSelect });
  if (!user) throw notFound();
  return user;
}

export async function createUser(actor: CurrentUser, input: CreateUserInput) {
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username } })) {
      throw validationError({ username: [msg("usernameTaken")] });
    }
    if (input.branchId) await requireLiveBranch(tx, input.branchId);
    const created = await tx.user.create({
      data: {
        username: input.username,
        displayName: input.displayName,
        title: input.title,
        role: input.role,
        branchId: input.branchId ?? null,
        passwordHash: await hashPassword(input.initialPassword),
        mustChangePassword: true,
        createdById: actor.id,
        updatedById: actor.id,
      },
      select: userSelect,
    });
    await writeAudit(tx, { actor, action: "CREATE", entity: "User", entityId: created.id, after: created });
    return created;
  });
}

/**
 * Changes to an account that must end its sessions at once (password, role, disable) raise
 * sessionVersion in the same update.
 */
async function updateUser(actor: CurrentUser, id: string, action: string, data: Prisma.UserUpdateInput, endSessions: boolean) {
  return db.$transaction((tx) => updateUserIn(tx, actor, id, action, data, endSessions));
}

async function updateUserIn(tx: Tx, actor: CurrentUser, id: string, action: string, data: Prisma.UserUpdateInput, endSessions: boolean) {
  const before = await loadUser(tx, id);
  const after = await tx.user.update({
    where: { id },
    data: { ...data, updatedById: actor.id, ...(endSessions ? { sessionVersion: { increment: 1 } } : {}) },
    select: userSelect,
  });
  await writeAudit(tx, { actor, action, entity: "User", entityId: id, before, after });
  return after;
}

export async function resetPassword(actor: CurrentUser, id: string, initialPassword: string) {
  const [passwordHash, policy] = await Promise.all([hashPassword(initialPassword), getSecurityPolicy()]);
  return db.$transaction(async (tx) => {
    const before = await loadUser(tx, id);
    await assertPasswordAllowed(tx, id, initialPassword, policy, "initialPassword");
    await rememberPassword(tx, id);
    const after = await tx.user.update({
      where: { id },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date(), sessionVersion: { increment: 1 }, updatedById: actor.id },
      select: userSelect,
    });
    await writeAudit(tx, { actor, action: "RESET_PASSWORD", entity: "User", entityId: id, before, after });
    return after;
  });
}

/** For a lost phone: the account enrols a second factor again at its next sign-in. */
export async function resetTotp(actor: CurrentUser, id: string) {
  return db.$transaction(async (tx) => {
    await tx.recoveryCode.deleteMany({ where: { userId: id } });
    return updateUserIn(tx, actor, id, "RESET_TOTP", { totpSecret: null, totpEnabledAt: null }, true);
  });
}

export async function setUserActive(actor: CurrentUser, id: string, active: boolean) {
  if (id === actor.id && !active) throw conflict("cannotDisableSelf");
  return updateUser(actor, id, active ? "ENABLE" : "DISABLE", { active }, !active);
}

export async function changeUserBranch(actor: CurrentUser, id: string, branchId: string) {
  return db.$transaction(async (tx) => {
    const user = await loadUser(tx, id);
    if (user.role !== "SECRETARY") throw validationError({ branchId: [msg("branchForSecretaryOnly")] });
    await requireLiveBranch(tx, branchId);
    const after = await tx.user.update({
      where: { id },
      data: { branchId, sessionVersion: { increment: 1 }, updatedById: actor.id },
      select: userSelect,
    });
    await writeAudit(tx, { actor, action: "CHANGE_BRANCH", entity: "User", entityId: id, before: user, after });
    return after;
  });
}

export async function unlockUser(actor: CurrentUser, id: string) {
  return updateUser(actor, id, "UNLOCK", { lockedUntil: null, failedLoginCount: 0 }, false);
}

export async function assignRole(actor: CurrentUser, input: AssignRoleInput) {
  if (input.id === actor.id) throw forbidden("cannotChangeOwnRole");
  return db.$transaction(async (tx) => {
    const before = await loadUser(tx, input.id);
    if (input.branchId) await requireLiveBranch(tx, input.branchId);
    const after = await tx.user.update({
      where: { id: input.id },
      data: {
        role: input.role,
        branchId: input.branchId ?? null,
        sessionVersion: { increment: 1 },
        updatedById: actor.id,
      },
      select: userSelect,
    });
    await writeAudit(tx, { actor, action: "ASSIGN_ROLE", entity: "User", entityId: input.id, before, after });
    return after;
  });
}

export async function listBranchOptions() {
  return db.orgUnit.findMany({
    where: { type: "BRANCH", deletedAt: null },
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}
