import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DetailCard, EvidenceCard, Facts, LongText, RecordActions } from "@/components/education/detail-parts";
import { PageHeader } from "@/components/ui/page-header";
import { getActivity } from "@/lib/activities/service";
import { listAttachments } from "@/lib/attachments/service";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { listCampaignOptions } from "@/lib/campaigns/service";
import { formatCalendarDate } from "@/lib/dates";
import { canEditReadableRecord } from "@/lib/org/record-access";

export default async function ActivityPage({ params }: PageProps<"/education/activities/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const [activity, attachments, campaigns] = await loadForPage(() =>
    Promise.all([getActivity(user, id), listAttachments(user, "ThemedActivity", id), listCampaignOptions(user)]),
  );
  const t = await getTranslations();
  const canEdit = canEditReadableRecord(user.role, activity.orgUnitId);
  const unit = activity.orgUnit?.name ?? t("activities.organLevel");
  return (
    <div className="grid gap-4">
      <PageHeader
        title={activity.title}
        description={[unit, t(`activities.kinds.${activity.kind}`), formatCalendarDate(activity.date)].join(" · ")}
        actions={
          canEdit ? (
            <RecordActions type="ThemedActivity" id={activity.id} name={activity.title} editHref={`/education/activities/${activity.id}/edit`} listHref="/education/activities" editLabel={t("common.edit")} />
          ) : null
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <DetailCard title={t("common.details")}>
          <Facts
            items={[
              { label: t("activities.branch"), value: unit },
              {
                label: t("activities.vehicle"),
                value: activity.vehicle ? (
                  <Link href={`/education/activities/vehicles/${activity.vehicle.id}`} className="text-primary hover:underline">
                    {activity.vehicle.name}
                  </Link>
                ) : null,
              },
              { label: t("activities.kind"), value: t(`activities.kinds.${activity.kind}`) },
              { label: t("activities.date"), value: formatCalendarDate(activity.date) },
              { label: t("activities.organiser"), value: activity.organiser },
              { label: t("activities.participants"), value: activity.participantCount || null },
              { label: t("activities.entries"), value: activity.entryCount || null },
              { label: t("campaigns.picker"), value: campaigns.filter((campaign) => activity.campaignIds.includes(campaign.id)).map((campaign) => campaign.name).join("、") },
            ]}
          />
        </DetailCard>
        {activity.outcome ? (
          <DetailCard title={t("activities.outcome")}>
            <LongText>{activity.outcome}</LongText>
          </DetailCard>
        ) : null}
      </div>
      <EvidenceCard type="ThemedActivity" id={activity.id} attachments={attachments} canEdit={canEdit} />
    </div>
  );
}
