import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { StudySessionForm } from "@/components/education/study-session-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate } from "@/lib/dates";
import { canEditReadableRecord } from "@/lib/org/record-access";
import { studyFormOptions } from "@/lib/study/form-options";
import { getStudySession } from "@/lib/study/service";

export default async function EditStudySessionPage({ params }: PageProps<"/education/study/[id]/edit">) {
  const user = await requirePageUser("records.write");
  const { id } = await params;
  const session = await loadForPage(() => getStudySession(user, id));
  if (!canEditReadableRecord(user.role, session.orgUnitId)) forbidden();
  const [t, options] = await Promise.all([getTranslations("study"), studyFormOptions(user)]);
  return (
    <div className="grid gap-4">
      <PageHeader title={t("edit")} description={session.topic} />
      <Card>
        <CardContent>
          <StudySessionForm
            {...options}
            cancelHref={`/education/study/${id}`}
            session={{
              ...session,
              date: formatCalendarDate(session.date),
              attendees: session.attendees.map((row) => row.member),
              nonVoting: session.nonVoting,
              speeches: session.speeches,
            }}
          />
        </CardContent>
      </Card>
    </div>
  );
}
