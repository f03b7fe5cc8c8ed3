import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/education/meeting-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { meetingFormOptions, meetingFormValues } from "@/lib/org-life/form-options";
import { getMeeting } from "@/lib/org-life/service";

export default async function EditMeetingPage({ params }: PageProps<"/education/org-life/[id]/edit">) {
  const user = await requirePageUser("records.write");
  const { id } = await params;
  const meeting = await loadForPage(() => getMeeting(user, id));
  const [t, options] = await Promise.all([getTranslations("orgLife"), meetingFormOptions(user)]);
  return (
    <div className="grid gap-4">
      <PageHeader title={t("edit")} description={meeting.topic} />
      <Card>
        <CardContent>
          <MeetingForm {...options} meeting={meetingFormValues(meeting)} cancelHref={`/education/org-life/${id}`} />
        </CardContent>
      </Card>
    </div>
  );
}
