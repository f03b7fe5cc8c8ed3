import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { writableBranchOptions } from "@/lib/org/unit-options";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { StudyLevelName } from "./schema";

/** What the session form offers the user: the levels and branches they may record for. */
export async function studyFormOptions(user: CurrentUser) {
  const levels: StudyLevelName[] = can(user.role, "records.writeOrgan") ? ["PARTY_GROUP", "BRANCH"] : ["BRANCH"];
  const branches = (await writableBranchOptions(user)).map(({ id, name }) => ({ id, name }));
  return { levels, branches, today: formatCalendarDate(todayInOrgan()) };
}
