import "server-only";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAttachments } from "@/lib/attachments/service";
import { listCampaignOptions } from "@/lib/campaigns/service";
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
import { itemPeopleOptions } from "@/lib/rectification/service";
import { rectificationItemsOfCheck } from "./rectification-seam";
import type { CheckListQuery, IntegrityListQuery } from "./schema";
import { getIntegrityActivity, listIntegrityActivities } from "./service";

// What each integrity page shows, loaded in parallel. Pages call one of these inside loadForPage().
// The mass pages use the shared ones (branch options, form options, campaign names) too.

/** The overview's year and branch, from the URL: this year and the whole organ unless chosen. */
export const overviewQuerySchema = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .catch(() => todayInOrgan().getUTCFullYear()),
  branch: z.string().trim().min(1).max(40).optional().catch(undefined),
});
export type OverviewQuery = z.output<typeof overviewQuerySchema>;

/** The branches a user may pick in filters and forms: a secretary their own, others all. */
export async function branchOptions(user: CurrentUser) {
  return (await listBranchesForUser(user)).map((branch) => ({ id: branch.id, name: branch.name }));
}

/** What a record list offers to filter by besides its kinds. */
export async function listOptions(user: CurrentUser) {
  const [branches, campaigns] = await Promise.all([branchOptions(user), listCampaignOptions(user)]);
  return { branches, campaigns };
}

/** What a record's form offers: branches, campaigns, and whether organ level may be chosen. */
export async function loadFormOptions(user: CurrentUser) {
  return { ...(await listOptions(user)), writesOrgan: can(user.role, "records.writeOrgan") };
}

/** The names of a record's campaigns, for its detail page. */
export async function campaignNames(user: CurrentUser, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (await listCampaignOptions(user)).filter((campaign) => ids.includes(campaign.id)).map((campaign) => campaign.name);
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
  const [list, options] = await Promise.all([listIntegrityActivities(user, query), listOptions(user)]);
  return { list, ...options };
}

/** The detail page: the activity first, so a protected talk is refused before anything else of it is read. */
export async function loadActivityPage(user: CurrentUser, id: string) {
  const activity = await getIntegrityActivity(user, id);
  const [attachments, campaigns] = await Promise.all([listAttachments(user, "IntegrityActivity", id), campaignNames(user, activity.campaignIds)]);
  return { activity, attachments, campaigns };
}

/** The edit form's data; refused unless the user may write the record. */
export async function loadActivityEdit(user: CurrentUser, id: string) {
  const [activity, options] = await Promise.all([getIntegrityActivity(user, id), loadFormOptions(user)]);
  if (!activity.canEdit) throw forbidden();
  return { activity, ...options };
}

export async function loadCheckListPage(user: CurrentUser, query: CheckListQuery) {
  const [list, options] = await Promise.all([listSupervisionChecks(user, query), listOptions(user)]);
  return { list, ...options };
}

export async function loadCheckPage(user: CurrentUser, id: string) {
  const check = await getSupervisionCheck(user, id);
  const [rectificationItems, attachments, campaigns, people] = await Promise.all([
    rectificationItemsOfCheck(user, id),
    listAttachments(user, "SupervisionCheck", id),
    campaignNames(user, check.campaignIds),
    // Who an item raised from the check may name: its branch's secretary or the Party office as owner.
    check.canEdit && check.findings ? itemPeopleOptions() : null,
  ]);
  const raise = people && { ...people, owners: people.owners.filter((owner) => owner.branchId === null || owner.branchId === check.orgUnitId) };
  return { check, rectificationItems, attachments, campaigns, raise };
}

export async function loadCheckEdit(user: CurrentUser, id: string) {
  const [check, options] = await Promise.all([getSupervisionCheck(user, id), loadFormOptions(user)]);
  if (!check.canEdit) throw forbidden();
  return { check, ...options };
}
