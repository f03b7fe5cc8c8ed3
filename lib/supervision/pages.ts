import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { readableBranchOptions, writableBranchOptions } from "@/lib/org/unit-options";
import { planOptions } from "@/lib/rectification/plans";
import { itemPeopleOptions } from "@/lib/rectification/service";
import { getBranchEvaluation, getSupervisionRound, listBranchEvaluations, listSupervisionRounds } from "./service";

// What each supervision page shows; pages call one of these inside loadForPage().

const choices = (branches: { id: string; name: string }[]) => branches.map((branch) => ({ id: branch.id, name: branch.name }));

export async function loadRoundListPage(user: CurrentUser, page: number) {
  return { list: await listSupervisionRounds(user, page), canCreate: can(user.role, "records.writeOrgan") };
}

export async function loadRoundFormOptions(user: CurrentUser) {
  if (!can(user.role, "records.writeOrgan")) throw forbidden();
  return { branches: choices(await writableBranchOptions(user)) };
}

/** The round, and for the Party office what raising items from its findings offers. */
export async function loadRoundPage(user: CurrentUser, id: string) {
  const round = await getSupervisionRound(user, id);
  if (!round.canEdit) return { round, raise: null };
  const [people, plans] = await Promise.all([itemPeopleOptions(), planOptions(user)]);
  return { round, raise: { leaders: people.leaders, verifiers: people.verifiers, plans } };
}

export async function loadRoundEdit(user: CurrentUser, id: string) {
  const [round, options] = await Promise.all([getSupervisionRound(user, id), loadRoundFormOptions(user)]);
  return { round, ...options };
}

export async function loadEvaluationsPage(user: CurrentUser, year: number) {
  const [list, branches] = await Promise.all([listBranchEvaluations(user, year), readableBranchOptions(user)]);
  return { ...list, branches: choices(branches), canEdit: can(user.role, "records.writeOrgan") };
}

export async function loadEvaluation(user: CurrentUser, id: string) {
  return getBranchEvaluation(user, id);
}
