import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DetailCard, EvidenceCard, Facts, LongText } from "@/components/education/detail-parts";
import { NewRecordLink } from "@/components/education/list-parts";
import { VehicleDialog } from "@/components/education/vehicle-dialog";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { PageHeader } from "@/components/ui/page-header";
import { activityListQuerySchema } from "@/lib/activities/schema";
import { getVehicle, listActivities } from "@/lib/activities/service";
import { listAttachments } from "@/lib/attachments/service";
import { can } from "@/lib/auth/permissions";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { listCampaignOptions } from "@/lib/campaigns/service";
import { formatCalendarDate } from "@/lib/dates";

export default async function VehiclePage({ params }: PageProps<"/education/activities/vehicles/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const [vehicle, attachments, campaigns, activities] = await loadForPage(() =>
    Promise.all([getVehicle(user, id), listAttachments(user, "ActivityVehicle", id), listCampaignOptions(user), listActivities(user, activityListQuerySchema.parse({ vehicle: id }))]),
  );
  const t = await getTranslations();
  const canEdit = can(user.role, "records.writeOrgan");
  return (
    <div className="grid gap-4">
      <PageHeader
        title={vehicle.name}
        description={`${vehicle.year} · ${t("activities.vehicle")}`}
        actions={
          <>
            {can(user.role, "records.write") ? <NewRecordLink href={`/education/activities/new?vehicle=${vehicle.id}`} label={t("activities.new")} /> : null}
            {canEdit ? (
              <>
                <VehicleDialog year={vehicle.year} campaigns={campaigns} vehicle={vehicle} />
                <DeleteRecordButton type="ActivityVehicle" id={vehicle.id} name={vehicle.name} redirectTo="/education/activities/vehicles" />
              </>
            ) : null}
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <DetailCard title={t("common.details")}>
          <Facts
            items={[
              { label: t("education.year"), value: vehicle.year },
              { label: t("activities.campaign"), value: vehicle.campaign?.name },
              { label: t("activities.title"), value: t("activities.activityCount", { count: activities.total }) },
            ]}
          />
          {vehicle.description ? (
            <div className="mt-3">
              <LongText>{vehicle.description}</LongText>
            </div>
          ) : null}
        </DetailCard>
        <DetailCard
          title={t("activities.vehicleActivities")}
          action={
            activities.total > activities.rows.length ? (
              <Link href={`/education/activities?vehicle=${vehicle.id}`} className="text-sm text-primary hover:underline">
                {t("education.overview.open")}
              </Link>
            ) : null
          }
        >
          {activities.rows.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("education.noneYet")}</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {activities.rows.map((activity) => (
                <li key={activity.id}>
                  <span className="text-muted-foreground tabular-nums">{formatCalendarDate(activity.date)}</span>{" "}
                  <Link href={`/education/activities/${activity.id}`} className="text-primary hover:underline">
                    {activity.title}
                  </Link>
                  <span className="ml-1 text-xs text-muted-foreground">（{activity.orgUnit?.name ?? t("activities.organLevel")}）</span>
                </li>
              ))}
            </ul>
          )}
        </DetailCard>
      </div>
      <EvidenceCard type="ActivityVehicle" id={vehicle.id} attachments={attachments} canEdit={canEdit} />
    </div>
  );
}
