import { MeetingDetail } from "@/components/education/meeting-detail";
import { listAttachments } from "@/lib/attachments/service";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { getMeeting } from "@/lib/org-life/service";

export default async function MeetingPage({ params }: PageProps<"/education/org-life/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const [meeting, attachments] = await loadForPage(() => Promise.all([getMeeting(user, id), listAttachments(user, "OrgLifeMeeting", id)]));
  return <MeetingDetail user={user} meeting={meeting} attachments={attachments} />;
}
