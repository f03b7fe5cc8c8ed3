import { MeetingDetail } from "@/components/education/meeting-detail";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { getMeeting } from "@/lib/org-life/service";

export default async function MeetingPage({ params }: PageProps<"/education/org-life/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const meeting = await loadForPage(() => getMeeting(user, id));
  return <MeetingDetail user={user} meeting={meeting} evidence={null} />;
}
