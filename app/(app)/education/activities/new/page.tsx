import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/education/activity-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { activityFormOptions } from "@/lib/activities/form-options";
import { requirePageUser } from "@/lib/auth/session";

export default async function NewActivityPage({ searchParams }: PageProps<"/education/activities/new">) {
  const user = await requirePageUser("records.write");
  const [t, options, { vehicle }] = await Promise.all([getTranslations("activities"), activityFormOptions(user), searchParams]);
  return (
    <div className="grid gap-4">
      <PageHeader title={t("new")} />
      <Card>
        <CardContent>
          <ActivityForm {...options} defaultVehicleId={typeof vehicle === "string" ? vehicle : undefined} cancelHref="/education/activities" />
        </CardContent>
      </Card>
    </div>
  );
}
