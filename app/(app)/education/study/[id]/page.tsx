import { StudySessionDetail } from "@/components/education/study-session-detail";
import { listAttachments } from "@/lib/attachments/service";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { getStudySession } from "@/lib/study/service";

export default async function StudySessionPage({ params }: PageProps<"/education/study/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const [session, attachments] = await loadForPage(() => Promise.all([getStudySession(user, id), listAttachments(user, "StudySession", id)]));
  return <StudySessionDetail user={user} session={session} attachments={attachments} />;
}
