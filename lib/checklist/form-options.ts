import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { formatCalendarDate } from "@/lib/dates";
import { linkableSessions, listStudyForms } from "./service";

/** The task form's choices for a year: its 学习形式 and the study sessions a task can be linked to. */
export async function taskFormOptions(user: CurrentUser, year: number, partyGroupLabel: string) {
  const [forms, sessions] = await Promise.all([listStudyForms(user, year), linkableSessions(user, year)]);
  return {
    forms: forms.map(({ id, name }) => ({ id, name })),
    sessions: sessions.map((session) => ({
      id: session.id,
      date: formatCalendarDate(session.date),
      topic: session.topic,
      unit: session.orgUnit?.name ?? partyGroupLabel,
    })),
  };
}
