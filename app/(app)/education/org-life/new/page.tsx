import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/education/meeting-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { meetingFormOptions } from "@/lib/org-life/form-options";

export default async function NewMeetingPage({ searchParams }: PageProps<"/education/org-life/new">) {
  const user = await requirePageUser("records.write");
  const [t, options, { branch }] = await Promise.all([getTranslations("orgLife"), meetingFormOptions(user), searchParams]);
  return (
    <div className="grid gap-4">
      <PageHeader title={t("new")} />
      <Card>
        <CardContent>
          <MeetingForm {...options} defaultBranchId={typeof branch === "string" ? branch : undefined} cancelHref="/education/org-life" />
        </CardContent>
      </Card>
    </div>
  );
}
