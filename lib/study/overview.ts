import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { branchScope } from "@/lib/org/scope";
import { activitiesPerVehicle } from "@/lib/activities/queries/per-vehicle";
import { activitiesPerKind } from "@/lib/activities/queries/per-kind";
import { bookCopies } from "@/lib/checklist/queries/book-copies";
import { taskProgress } from "@/lib/checklist/queries/task-progress";
import { dueVsHeld } from "@/lib/org-life/queries/due-vs-held";
import { lecturesByType } from "@/lib/org-life/queries/lectures-by-type";
import { meetingsByKind } from "@/lib/org-life/queries/meetings-by-kind";
import { getOrgLifeFrequencies } from "@/lib/org-life/settings";
import { sessionsByLevelAndKind } from "./queries/sessions-by-level-kind";
import { speechCount } from "./queries/speech-count";
import { youthRepsPerSession } from "./queries/youth-reps-per-session";

/**
 * The education pillar's figures for a year, as the annual summary's section (一) counts them:
 * 中心组学习 sessions and speeches, youth representatives, the checklist, organisational life due
 * and held, themed activities, books handed out. Every figure comes from one of the SQL queries
 * of the areas, within the user's scope.
 */
export async function loadEducationOverview(user: CurrentUser, year: number) {
  const today = todayInOrgan();
  const [scope, settings] = await Promise.all([branchScope(user), getOrgLifeFrequencies()]);
  const partyGroup = { year, level: "PARTY_GROUP" } as const;
  const [sessions, speeches, youth, checklist, due, meetings, lectures, vehicles, kinds, books] = await Promise.all([
    sessionsByLevelAndKind(scope, { year }),
    speechCount(scope, partyGroup),
    youthRepsPerSession(scope, partyGroup),
    taskProgress(year, today),
    dueVsHeld(scope, { year, granularity: "month", frequencies: settings.frequencies, today }),
    meetingsByKind(scope, { year }),
    lecturesByType(scope, { year }),
    activitiesPerVehicle(scope, { year }),
    activitiesPerKind(scope, { year }),
    bookCopies({ year }),
  ]);
  const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const missedByBranch = new Map<string, { branchId: string; branchName: string; missed: number }>();
  for (const row of due.filter((row) => row.missed > 0)) {
    const entry = missedByBranch.get(row.branchId) ?? { branchId: row.branchId, branchName: row.branchName, missed: 0 };
    entry.missed += row.missed;
    missedByBranch.set(row.branchId, entry);
  }
  return {
    year,
    study: {
      partyGroupSessions: sum(sessions.filter((row) => row.level === "PARTY_GROUP"), (row) => row.sessions),
      allSessions: sum(sessions, (row) => row.sessions),
      byKind: sessions,
      speeches,
      youthNonVoting: sum(youth, (row) => row.youthNonVoting),
    },
    checklist,
    orgLife: {
      // Owed so far: periods not yet begun are not owed.
      due: sum(due, (row) => row.due - row.upcoming),
      met: sum(due, (row) => row.met),
      missed: sum(due, (row) => row.missed),
      open: sum(due, (row) => row.open),
      missedByBranch: [...missedByBranch.values()].sort((a, b) => b.missed - a.missed),
      meetings,
      lectures,
    },
    activities: {
      activities: sum(kinds, (row) => row.activities),
      entries: sum(kinds, (row) => row.entries),
      vehicles: vehicles.length,
    },
    books,
  };
}

export type EducationOverview = Awaited<ReturnType<typeof loadEducationOverview>>;
