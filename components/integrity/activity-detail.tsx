import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { AttachmentPanel } from "@/components/attachments/attachment-panel";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatCalendarDate } from "@/lib/dates";
import type { loadActivityPage } from "@/lib/integrity/pages";
import { organiserLabel, subtypeLabel } from "@/lib/integrity/labels";
import { DetailList } from "./detail-list";
import { IntegrityNav } from "./integrity-nav";

export async function ActivityDetail({ activity, attachments, campaigns }: Awaited<ReturnType<typeof loadActivityPage>>) {
  const t = await getTranslations("integrity");
  const common = await getTranslations("common");
  const subtype = subtypeLabel(activity, t);
  const count = (value: number | null, key: "people" | "letters") => (value === null ? null : t(key, { count: value }));

  return (
    <div className="grid gap-6">
      <PageHeader
        title={activity.title}
        description={[t(`kinds.${activity.kind}`), subtype, formatCalendarDate(activity.date)].filter(Boolean).join(" · ")}
        actions={
          activity.canEdit ? (
            <>
              <Button asChild variant="outline" size="sm">
                <Link href={`/integrity/activities/${activity.id}/edit`}>
                  <Pencil aria-hidden />
                  {common("edit")}
                </Link>
              </Button>
              <DeleteRecordButton type="IntegrityActivity" id={activity.id} name={activity.title ?? ""} redirectTo="/integrity/activities" />
            </>
          ) : null
        }
      />
      <IntegrityNav current="activities" />
      <Card>
        <CardContent>
          <DetailList
            items={[
              { label: t("fields.kind"), value: t(`kinds.${activity.kind}`) },
              { label: t("fields.date"), value: formatCalendarDate(activity.date) },
              { label: t("fields.organiserLevel"), value: t(`levels.${activity.organiserLevel}`) },
              { label: t("fields.recordedBy"), value: organiserLabel(activity, t) },
              { label: t("fields.talkType"), value: activity.talkType ? t(`talkTypes.${activity.talkType}`) : null },
              { label: t("fields.talker"), value: activity.talker },
              { label: t("fields.talkee"), value: activity.talkee },
              { label: t("fields.letterLevel"), value: activity.letterLevel ? t(`letterLevels.${activity.letterLevel}`) : null },
              { label: t("fields.lettersSigned"), value: count(activity.lettersSigned, "letters") },
              { label: t("fields.cultureForm"), value: activity.cultureForm ? t(`cultureForms.${activity.cultureForm}`) : null },
              { label: t("fields.warningForm"), value: activity.warningForm ? t(`warningForms.${activity.warningForm}`) : null },
              { label: t("fields.peopleReached"), value: count(activity.peopleReached, "people") },
              { label: t("fields.participantCount"), value: activity.participantCount ? t("people", { count: activity.participantCount }) : null },
              { label: t("fields.campaigns"), value: campaigns.join("、") },
              { label: t("fields.content"), value: activity.content },
            ]}
          />
        </CardContent>
      </Card>
      <AttachmentPanel recordType="IntegrityActivity" recordId={activity.id} initial={attachments} canEdit={activity.canEdit} />
    </div>
  );
}
