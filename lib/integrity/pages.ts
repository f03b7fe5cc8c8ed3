import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { todayInOrgan } from "@/lib/dates";
import { forbidden } from "@/lib/errors";
import { listBranchesForUser } from "@/lib/org/service";
import { getSupervisionCheck, listSupervisionChecks } from "./checks";
import { checksByKind } from "./queries/checks-by-kind";
import { countChecks, PROJECT_AND_SITE_KINDS } from "./queries/count-checks";
import { cultureByForm } from "./queries/culture-by-form";
import { disciplinePoints } from "./queries/discipline-points";
import { integrityActivitiesByKind } from "./queries/activities-by-kind";
import { responsibilityLetters } from "./queries/responsibility-letters";
import { talksByType } from "./queries/talks-by-type";
import { warningEducation } from "./queries/warning-education";
import { rectificationItemsOfCheck } from "./rectification-seam";
import { filterId, type CheckListQuery, type IntegrityListQuery } from "./schema";
import { getIntegrityActivity, listIntegrityActivities } from "./service";

// What each integrity page shows, loaded in parallel. Pages call one of these inside loadForPage().

/** The overview's year and branch, from the URL: this year and the whole organ unless chosen. */
export const overviewQuerySchema = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .catch(() => todayInOrgan().getUTCFullYear()),
  branch: filterId(),
});
export type OverviewQuery = z.output<typeof overviewQuerySchema>;

/** The branches a user may pick in filters and forms: a secretary their own, others all. */
export async function branchOptions(user: CurrentUser) {
  return (await listBranchesForUser(user)).map((branch) => ({ id: branch.id, name: branch.name }));
}

export async function loadIntegrityOverview(user: CurrentUser, { year, branch }: OverviewQuery) {
  const [branches, byKind, talks, letters, warning, culture, checks, projectAndSite, points] = await Promise.all([
    branchOptions(user),
    integrityActivitiesByKind(year, branch),
    talksByType(year, branch),
    responsibilityLetters(year, branch),
    warningEducation(year, branch),
    cultureByForm(year, branch),
    checksByKind(year, branch),
    countChecks(year, PROJECT_AND_SITE_KINDS, branch),
    disciplinePoints(year),
  ]);
  return { branches, byKind, talks, letters, warning, culture, checks, projectAndSite, points };
}

export async function loadActivityListPage(user: CurrentUser, query: IntegrityListQuery) {
  const [list, branches] = await Promise.all([listIntegrityActivities(user, query), branchOptions(user)]);
  return { list, branches };
}

/** What a new record's form offers: the branches to choose and whether organ level may be chosen. */
export async function loadFormOptions(user: CurrentUser) {
  return { branches: await branchOptions(user), writesOrgan: can(user.role, "records.writeOrgan") };
}

/** The edit form's data; refused unless the user may write the record. */
export async function loadActivityEdit(user: CurrentUser, id: string) {
  const [activity, options] = await Promise.all([getIntegrityActivity(user, id), loadFormOptions(user)]);
  if (!activity.canEdit) throw forbidden();
  return { activity, ...options };
}

export async function loadCheckListPage(user: CurrentUser, query: CheckListQuery) {
  const [list, branches] = await Promise.all([listSupervisionChecks(user, query), branchOptions(user)]);
  return { list, branches };
}

export async function loadCheckPage(user: CurrentUser, id: string) {
  const [check, rectificationItems] = await Promise.all([getSupervisionCheck(user, id), rectificationItemsOfCheck(user, id)]);
  return { check, rectificationItems };
}

export async function loadCheckEdit(user: CurrentUser, id: string) {
  const [check, options] = await Promise.all([getSupervisionCheck(user, id), loadFormOptions(user)]);
  if (!check.canEdit) throw forbidden();
  return { check, ...options };
}
