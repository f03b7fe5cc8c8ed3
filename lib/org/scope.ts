import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/connect";
import { db } from "@/lib/db/client";
import { forbidden, validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";

// Row rules for branch data. A secretary's scope is their branch and the 党小组 under it;
// leadership and the Party office see every branch; the administrators see none.

export type BranchScope = { kind: "all" } | { kind: "units"; unitIds: string[] };

/** The unit and every unit below it, from one recursive query. */
export async function subtreeIds(unitId: string, client: Db | Tx = db): Promise<string[]> {
  const rows = await client.$queryRaw<{ id: string }[]>(Prisma.sql`
    WITH RECURSIVE subtree AS (
      SELECT id FROM "OrgUnit" WHERE id = ${unitId} AND "deletedAt" IS NULL
      UNION ALL
      SELECT child.id FROM "OrgUnit" child JOIN subtree ON child."parentId" = subtree.id
      WHERE child."deletedAt" IS NULL
    )
    SELECT id FROM subtree`);
  return rows.map((row) => row.id);
}

export async function branchScope(user: CurrentUser): Promise<BranchScope> {
  if (!can(user.role, "records.read")) throw forbidden();
  if (user.role !== "SECRETARY") return { kind: "all" };
  if (!user.branchId) throw forbidden();
  return { kind: "units", unitIds: await subtreeIds(user.branchId) };
}

/** A `where` fragment limiting rows with an `orgUnitId` column to the scope. */
export function scopeWhere(scope: BranchScope): { orgUnitId?: { in: string[] } } {
  return scope.kind === "all" ? {} : { orgUnitId: { in: scope.unitIds } };
}

export function inScope(scope: BranchScope, unitId: string): boolean {
  return scope.kind === "all" || scope.unitIds.includes(unitId);
}

/** Refuses reading a branch outside the user's scope. */
export async function assertCanReadUnit(user: CurrentUser, unitId: string): Promise<void> {
  if (!inScope(await branchScope(user), unitId)) throw forbidden("otherBranch");
}

/**
 * Refuses writing a branch's records unless the role writes records and the branch is in scope.
 * Leadership reads everything but writes nothing.
 */
export async function assertCanWriteUnit(
  user: CurrentUser,
  unitId: string,
  permission: "records.write" | "roster.write" = "records.write",
): Promise<void> {
  if (!can(user.role, permission)) throw forbidden();
  if (!inScope(await branchScope(user), unitId)) throw forbidden("otherBranch");
}

/**
 * Rows a user may read among records that belong to a branch or, with a null `orgUnitId`, to
 * the Party group as a whole. A secretary reads their branch's records and the organ-level
 * ones (which concern every branch); other branches' records only reach them as aggregates.
 */
export function readableRecordsWhere(scope: BranchScope): { OR?: ({ orgUnitId: { in: string[] } } | { orgUnitId: null })[] } {
  return scope.kind === "all" ? {} : { OR: [{ orgUnitId: { in: scope.unitIds } }, { orgUnitId: null }] };
}

/**
 * Refuses writing a record unless the user may write at its level: organ-level records
 * (orgUnitId null) are the Party office's; a branch's records its secretary's and the Party office's.
 */
export async function assertCanWriteRecord(user: CurrentUser, orgUnitId: string | null): Promise<void> {
  if (orgUnitId === null) {
    if (!can(user.role, "records.writeOrgan")) throw forbidden();
    return;
  }
  await assertCanWriteUnit(user, orgUnitId);
}

/** Refuses reading one record outside the user's scope (organ-level records are readable to every business role). */
export async function assertCanReadRecord(user: CurrentUser, orgUnitId: string | null): Promise<void> {
  const scope = await branchScope(user);
  if (orgUnitId !== null && !inScope(scope, orgUnitId)) throw forbidden("otherBranch");
}

/** Whether a page should offer editing a record: the same rule as assertCanWriteRecord, for a known scope. */
export function canWriteRecord(user: CurrentUser, scope: BranchScope, orgUnitId: string | null): boolean {
  if (orgUnitId === null) return can(user.role, "records.writeOrgan");
  return can(user.role, "records.write") && inScope(scope, orgUnitId);
}

/** Refuses a record naming a unit that is not a live 党支部 (field `orgUnitId`); null (organ level) passes. */
export async function assertLiveBranch(client: Db | Tx, orgUnitId: string | null): Promise<void> {
  if (orgUnitId === null) return;
  const branch = await client.orgUnit.findFirst({ where: { id: orgUnitId, type: "BRANCH", deletedAt: null }, select: { id: true } });
  if (!branch) throw validationError({ orgUnitId: [msg("invalidChoice")] });
}

/**
 * The SQL form of readableRecordsWhere, for aggregates in `$queryRaw`: `column` names the
 * record's orgUnitId column (e.g. Prisma.sql`s."orgUnitId"`).
 */
export function readableRecordsSql(scope: BranchScope, column: Prisma.Sql): Prisma.Sql {
  return scope.kind === "all" ? Prisma.sql`TRUE` : Prisma.sql`(${column} IS NULL OR ${column} IN (${Prisma.join(scope.unitIds)}))`;
}
