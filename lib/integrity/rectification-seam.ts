import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/session";
import { notFound } from "@/lib/errors";
import { assertCanWriteRecord, branchScope, readableRecordsWhere } from "@/lib/org/scope";

// The seam between supervision checks (监督检查) and the rectification workflow (问题整改直至销号)
// of lib/rectification/, which owns RectificationItem: deadlines, owners, check-ins, acceptance
// and closing. A check only raises items and lists them: `raiseRectificationFromCheckAction`
// (lib/integrity/actions.ts) parses the workflow's own schema, takes the draft below and passes it
// to the workflow's createRectificationItem(), which writes the item, its timeline event and its
// audit row in one transaction. Items raised that way carry source INTEGRITY_CHECK and point back
// to the check through sourceRecordType "SupervisionCheck" / sourceRecordId, which
// `rectificationItemsOfCheck` reads.

export const CHECK_RECORD_TYPE = "SupervisionCheck";

/** What the person raising the item decides; the rest comes from the check. */
export type RectificationFields = Pick<
  Prisma.RectificationItemUncheckedCreateInput,
  "problem" | "measures" | "class" | "deadline" | "ownerId" | "verifierId" | "responsibleLeaderId" | "department"
>;

/** A rectification item as the workflow will create it from a check. */
export type CheckRectificationDraft = RectificationFields &
  Required<Pick<Prisma.RectificationItemUncheckedCreateInput, "source" | "sourceRecordType" | "sourceRecordId">> & {
    orgUnitId: string | null;
  };

/**
 * The item a check's finding raises: tied to the check, at the check's level (organ or branch).
 * Only someone who may write the check may raise items from it.
 */
export async function rectificationDraftFromCheck(user: CurrentUser, checkId: string, fields: RectificationFields): Promise<CheckRectificationDraft> {
  const check = await db.supervisionCheck.findFirst({ where: { id: checkId, deletedAt: null }, select: { id: true, orgUnitId: true } });
  if (!check) throw notFound();
  await assertCanWriteRecord(user, check.orgUnitId);
  return { ...fields, source: "INTEGRITY_CHECK", sourceRecordType: CHECK_RECORD_TYPE, sourceRecordId: check.id, orgUnitId: check.orgUnitId };
}

/** The rectification items already raised from a check, as far as the user may read them. */
export async function rectificationItemsOfCheck(user: CurrentUser, checkId: string) {
  return db.rectificationItem.findMany({
    where: { sourceRecordType: CHECK_RECORD_TYPE, sourceRecordId: checkId, deletedAt: null, ...readableRecordsWhere(await branchScope(user)) },
    select: { id: true, problem: true, status: true, deadline: true },
    orderBy: { deadline: "asc" },
  });
}
