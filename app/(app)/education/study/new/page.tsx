import { getTranslations } from "next-intl/server";
import { StudySessionForm } from "@/components/education/study-session-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { studyFormOptions } from "@/lib/study/form-options";

export default async function NewStudySessionPage() {
  const user = await requirePageUser("records.write");
  const [t, options] = await Promise.all([getTranslations("study"), studyFormOptions(user)]);
  return (
    <div className="grid gap-4">
      <PageHeader title={t("new")} />
      <Card>
        <CardContent>
          <StudySessionForm {...options} cancelHref="/education/study" />
        </CardContent>
      </Card>
    </div>
  );
}
