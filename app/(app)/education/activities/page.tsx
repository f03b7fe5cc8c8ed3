import { getTranslations } from "next-intl/server";
import { ActivityList } from "@/components/education/activity-list";
import { activityListQuerySchema } from "@/lib/activities/schema";
import { getVehicle, listActivities, ORGAN_LEVEL } from "@/lib/activities/service";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { listFilterOptions } from "@/lib/org/filter-options";

export default async function ActivityListPage({ searchParams }: PageProps<"/education/activities">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const query = activityListQuerySchema.parse(params);
  const [t, activities, options, vehicle] = await Promise.all([
    getTranslations("activities"),
    listActivities(user, query),
    listFilterOptions(user),
    // A stale vehicle link still lists (nothing), with no chip to name it.
    query.vehicle ? getVehicle(user, query.vehicle).catch((error: unknown) => (isAppError(error) ? null : Promise.reject(error))) : null,
  ]);
  return (
    <ActivityList
      query={query}
      params={params}
      activities={activities}
      branches={[{ value: ORGAN_LEVEL, label: t("organLevel") }, ...options.branches]}
      campaigns={options.campaigns}
      vehicleName={vehicle?.name ?? null}
      canCreate={can(user.role, "records.write")}
    />
  );
}
