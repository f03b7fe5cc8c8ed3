import { StudySessionDetail } from "@/components/education/study-session-detail";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { getStudySession } from "@/lib/study/service";

export default async function StudySessionPage({ params }: PageProps<"/education/study/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const session = await loadForPage(() => getStudySession(user, id));
  return <StudySessionDetail user={user} session={session} evidence={null} />;
}
