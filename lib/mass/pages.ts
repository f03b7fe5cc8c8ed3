import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAttachments } from "@/lib/attachments/service";
import { forbidden } from "@/lib/errors";
import { branchOptions, campaignNames, listOptions, loadFormOptions, type OverviewQuery } from "@/lib/integrity/pages";
import { massActivitiesByKind } from "./queries/activities-by-kind";
import { massActivitiesByOrganization } from "./queries/activities-by-organization";
import { villageVisits } from "./queries/village-visits";
import { youthRepresentatives } from "./queries/youth-representatives";
import type { MassListQuery } from "./schema";
import { getMassActivity, listMassActivities, listMassOrganizations } from "./service";

// What each mass page shows, loaded in parallel. Pages call one of these inside loadForPage().

export async function loadMassOverview(user: CurrentUser, { year, branch }: OverviewQuery) {
  const [branches, byKind, villages, youth] = await Promise.all([
    branchOptions(user),
    massActivitiesByKind(year, branch),
    villageVisits(year, branch),
    // The central group studies at organ level: its youth representatives are not a branch's figure.
    youthRepresentatives(year),
  ]);
  return { branches, byKind, villages, youth };
}

export async function loadMassListPage(user: CurrentUser, query: MassListQuery) {
  const [list, options, organizations] = await Promise.all([listMassActivities(user, query), listOptions(user), listMassOrganizations(user)]);
  return { list, ...options, organizations };
}

export async function loadMassFormOptions(user: CurrentUser) {
  const [options, organizations] = await Promise.all([loadFormOptions(user), listMassOrganizations(user)]);
  return { ...options, organizations };
}

export async function loadMassActivityPage(user: CurrentUser, id: string) {
  const activity = await getMassActivity(user, id);
  const [attachments, campaigns] = await Promise.all([listAttachments(user, "MassActivity", id), campaignNames(user, activity.campaignIds)]);
  return { activity, attachments, campaigns };
}

export async function loadMassActivityEdit(user: CurrentUser, id: string) {
  const [activity, options] = await Promise.all([getMassActivity(user, id), loadMassFormOptions(user)]);
  if (!activity.canEdit) throw forbidden();
  return { activity, ...options };
}

export async function loadOrganizationsPage(user: CurrentUser, year: number) {
  const [organizations, activityCounts] = await Promise.all([listMassOrganizations(user), massActivitiesByOrganization(year)]);
  return {
    organizations: organizations.map((organization) => ({ ...organization, activitiesThisYear: activityCounts.get(organization.id) ?? 0 })),
    keepsOrganizations: can(user.role, "records.writeOrgan"),
  };
}
