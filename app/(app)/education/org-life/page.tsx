import { MeetingList } from "@/components/education/meeting-list";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { meetingListQuerySchema } from "@/lib/org-life/schema";
import { listMeetings } from "@/lib/org-life/service";
import { listFilterOptions } from "@/lib/org/filter-options";

export default async function MeetingListPage({ searchParams }: PageProps<"/education/org-life">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const query = meetingListQuerySchema.parse(params);
  const [meetings, options] = await Promise.all([listMeetings(user, query), listFilterOptions(user)]);
  return <MeetingList query={query} params={params} meetings={meetings} {...options} canCreate={can(user.role, "records.write")} />;
}
