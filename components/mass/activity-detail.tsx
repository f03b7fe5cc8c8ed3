import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { AttachmentPanel } from "@/components/attachments/attachment-panel";
import { DetailList } from "@/components/integrity/detail-list";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatCalendarDate } from "@/lib/dates";
import type { loadMassActivityPage } from "@/lib/mass/pages";
import { MassNav } from "./mass-nav";

export async function MassActivityDetail({ activity, attachments, campaigns }: Awaited<ReturnType<typeof loadMassActivityPage>>) {
  const t = await getTranslations("mass");
  const integrity = await getTranslations("integrity");
  const common = await getTranslations("common");
  const label = (field: "title" | "organiser" | "participantCount" | "outcome") =>
    t.has(`labels.${activity.kind}.${field}`) ? t(`labels.${activity.kind}.${field}`) : t(`fields.${field}`);
  return (
    <div className="grid gap-6">
      <PageHeader
        title={activity.title}
        description={[t(`kinds.${activity.kind}`), formatCalendarDate(activity.date)].join(" · ")}
        actions={
          activity.canEdit ? (
            <>
              <Button asChild variant="outline" size="sm">
                <Link href={`/mass/activities/${activity.id}/edit`}>
                  <Pencil aria-hidden />
                  {common("edit")}
                </Link>
              </Button>
              <DeleteRecordButton type="MassActivity" id={activity.id} name={activity.title} redirectTo="/mass/activities" />
            </>
          ) : null
        }
      />
      <MassNav current="activities" />
      <Card>
        <CardContent>
          <DetailList
            items={[
              { label: t("fields.kind"), value: t(`kinds.${activity.kind}`) },
              { label: t("fields.date"), value: formatCalendarDate(activity.date) },
              { label: t("fields.recordedBy"), value: activity.orgUnit?.name ?? t("fields.organLevel") },
              { label: t("fields.organization"), value: activity.organization?.name },
              { label: t("fields.festival"), value: activity.festival },
              { label: t("fields.services"), value: activity.services.map((service) => t(`services.${service}`)).join("、") },
              { label: t("fields.peopleServed"), value: activity.peopleServed === null ? null : integrity("people", { count: activity.peopleServed }) },
              { label: label("organiser"), value: activity.organiser },
              { label: label("participantCount"), value: activity.participantCount ? integrity("people", { count: activity.participantCount }) : null },
              { label: label("outcome"), value: activity.outcome },
              { label: t("activities.campaigns"), value: campaigns.join("、") },
            ]}
          />
        </CardContent>
      </Card>
      <AttachmentPanel recordType="MassActivity" recordId={activity.id} initial={attachments} canEdit={activity.canEdit} />
    </div>
  );
}
