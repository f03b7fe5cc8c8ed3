import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { writableBranchOptions } from "@/lib/org/unit-options";
import { listCampaignOptions } from "@/lib/campaigns/service";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { StudyLevelName } from "./schema";

/** What the session form offers the user: the levels and branches they may record for, and the campaigns. */
export async function studyFormOptions(user: CurrentUser) {
  const levels: StudyLevelName[] = can(user.role, "records.writeOrgan") ? ["PARTY_GROUP", "BRANCH"] : ["BRANCH"];
  const [branches, campaigns] = await Promise.all([writableBranchOptions(user), listCampaignOptions(user)]);
  return { levels, branches: branches.map(({ id, name }) => ({ id, name })), campaigns, today: formatCalendarDate(todayInOrgan()) };
}
