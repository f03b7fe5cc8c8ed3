import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { readableBranchOptions, writableBranchOptions } from "@/lib/org/unit-options";
import { getRectificationPlan, getDemocraticLifeMeeting, listDemocraticLifeMeetings, listRectificationPlans, planOptions } from "./plans";
import type { BoardQuery } from "./schema";
import { canCreateItems, getRectificationItem, itemPeopleOptions, itemsOfPlan, listRectificationItems, rectificationBoard } from "./service";

// What each rectification page shows, loaded in parallel; pages call one of these inside loadForPage().

const branchChoices = (branches: { id: string; name: string }[]) => branches.map((branch) => ({ id: branch.id, name: branch.name }));

/** The board (or list) with what its filters offer: branches, and the owners of the items the user reads. */
export async function loadBoardPage(user: CurrentUser, query: BoardQuery) {
  const [view, branches, people] = await Promise.all([
    query.view === "list" ? listRectificationItems(user, query).then((list) => ({ list, board: null })) : rectificationBoard(user, query).then((board) => ({ board, list: null })),
    readableBranchOptions(user),
    itemPeopleOptions(),
  ]);
  return { ...view, branches: branchChoices(branches), owners: people.owners, canCreate: canCreateItems(user) };
}

/** The item form: branches the user writes, the people an item can name, the plans it may join. */
export async function loadItemFormOptions(user: CurrentUser) {
  const [branches, people, plans] = await Promise.all([writableBranchOptions(user), itemPeopleOptions(), planOptions(user)]);
  // A secretary's items are their branch's: owned by themselves or by Party office staff.
  const owners = user.role === "SECRETARY" ? people.owners.filter((owner) => owner.branchId === null || owner.branchId === user.branchId) : people.owners;
  return { branches: branchChoices(branches), ...people, owners, plans, writesOrgan: can(user.role, "records.writeOrgan") };
}

export async function loadItemPage(user: CurrentUser, id: string) {
  return getRectificationItem(user, id);
}

export async function loadItemEdit(user: CurrentUser, id: string) {
  const [item, options] = await Promise.all([getRectificationItem(user, id), loadItemFormOptions(user)]);
  if (!item.can.edit) throw forbidden();
  return { item, options };
}

export async function loadPlanListPage(user: CurrentUser, page: number) {
  const [list, branches] = await Promise.all([listRectificationPlans(user, page), writableBranchOptions(user)]);
  return { list, branches: branchChoices(branches), canCreate: can(user.role, "records.write"), writesOrgan: can(user.role, "records.writeOrgan") };
}

export async function loadPlanPage(user: CurrentUser, id: string) {
  const [plan, items, branches] = await Promise.all([getRectificationPlan(user, id), itemsOfPlan(user, id), writableBranchOptions(user)]);
  return { plan, items, branches: branchChoices(branches), writesOrgan: can(user.role, "records.writeOrgan") };
}

export async function loadDemocraticLifeList(user: CurrentUser, page: number) {
  return { list: await listDemocraticLifeMeetings(page), canCreate: can(user.role, "records.writeOrgan") };
}

export async function loadDemocraticLifePage(user: CurrentUser, id: string) {
  return getDemocraticLifeMeeting(user, id);
}
