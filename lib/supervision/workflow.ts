import type { Tx } from "@/lib/db/connect";
import { writeAudit, type AuditActor } from "@/lib/audit/service";
import { validationError } from "@/lib/errors";
import { msg } from "@/lib/validation";
import { insertItem } from "@/lib/rectification/workflow";
import type { FindingInput, RaiseFromFindingInput, RoundInput } from "./schema";

// 党建督查 writes inside the caller's transaction (the service checks who may act). Free of
// "server-only" so that the demo seed records its rounds through the same rules.

export const FINDING_RECORD_TYPE = "SupervisionFinding";

async function assertLiveBranches(tx: Tx, ids: string[], field = "branchIds[]") {
  const found = await tx.orgUnit.count({ where: { id: { in: ids }, type: "BRANCH", deletedAt: null } });
  if (found !== ids.length) throw validationError({ [field]: [msg("invalidChoice")] });
}

export async function insertRound(tx: Tx, actor: AuditActor, input: RoundInput) {
  await assertLiveBranches(tx, input["branchIds[]"]);
  const round = await tx.supervisionRound.create({
    data: {
      kind: input.kind,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      focus: input.focus,
      inspectors: input.inspectors,
      createdById: actor.id,
      updatedById: actor.id,
      branches: { create: input["branchIds[]"].map((orgUnitId) => ({ orgUnitId })) },
    },
    select: { id: true, kind: true, periodStart: true, periodEnd: true, focus: true, inspectors: true, version: true },
  });
  await writeAudit(tx, { actor, action: "CREATE", entity: "SupervisionRound", entityId: round.id, after: { ...round, branchIds: input["branchIds[]"] } });
  return round;
}

/** A finding names only branches its round covered. */
export async function insertFinding(tx: Tx, actor: AuditActor, input: FindingInput) {
  const covered = await tx.supervisionBranch.count({ where: { roundId: input.roundId, orgUnitId: { in: input["branchIds[]"] }, round: { deletedAt: null } } });
  if (covered !== input["branchIds[]"].length) throw validationError({ "branchIds[]": [msg("supervisionBranchNotInRound")] });
  const finding = await tx.supervisionFinding.create({
    data: {
      roundId: input.roundId,
      scope: input.scope,
      description: input.description,
      severity: input.severity,
      createdById: actor.id,
      updatedById: actor.id,
      branches: { create: input["branchIds[]"].map((orgUnitId) => ({ orgUnitId })) },
    },
    select: { id: true, roundId: true, scope: true, description: true, severity: true },
  });
  await writeAudit(tx, { actor, action: "CREATE", entity: FINDING_RECORD_TYPE, entityId: finding.id, after: { ...finding, branchIds: input["branchIds[]"] } });
  return finding;
}

/**
 * One rectification item per branch the finding covers and has no item for yet, each linked back
 * to the finding and owned by the branch's secretary (by `fallbackOwnerId`, the Party office, when
 * the branch has none). Raising twice adds nothing twice.
 */
export async function raiseItemsFromFinding(tx: Tx, actor: AuditActor, input: RaiseFromFindingInput, fallbackOwnerId: string) {
  const finding = await tx.supervisionFinding.findFirst({
    where: { id: input.findingId, deletedAt: null, round: { deletedAt: null } },
    select: {
      id: true,
      description: true,
      branches: { select: { orgUnitId: true, orgUnit: { select: { supervisingLeaderId: true, deletedAt: true } } } },
      items: { where: { deletedAt: null }, select: { orgUnitId: true } },
    },
  });
  if (!finding) throw validationError({ findingId: [msg("invalidChoice")] });
  const raised = new Set(finding.items.map((item) => item.orgUnitId));
  const branches = finding.branches.filter((branch) => !raised.has(branch.orgUnitId) && branch.orgUnit.deletedAt === null);
  const secretaries = await tx.user.findMany({
    where: { role: "SECRETARY", active: true, branchId: { in: branches.map((branch) => branch.orgUnitId) } },
    select: { id: true, branchId: true },
    orderBy: { createdAt: "asc" },
  });
  const items = [];
  for (const branch of branches) {
    const responsibleLeaderId = input.responsibleLeaderId ?? branch.orgUnit.supervisingLeaderId;
    if (!responsibleLeaderId) throw validationError({ responsibleLeaderId: [msg("rectificationLeaderRole")] });
    items.push(
      await insertItem(tx, actor, {
        planId: input.planId,
        source: "SUPERVISION",
        sourceRecordType: FINDING_RECORD_TYPE,
        sourceRecordId: finding.id,
        findingId: finding.id,
        problem: finding.description,
        measures: input.measures,
        class: input.class,
        responsibleLeaderId,
        orgUnitId: branch.orgUnitId,
        department: null,
        ownerId: secretaries.find((secretary) => secretary.branchId === branch.orgUnitId)?.id ?? fallbackOwnerId,
        verifierId: input.verifierId,
        deadline: input.deadline,
      }),
    );
  }
  return items;
}
