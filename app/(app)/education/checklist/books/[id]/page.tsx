import { getTranslations } from "next-intl/server";
import { BookDialog } from "@/components/education/checklist-dialogs";
import { DetailCard, EvidenceCard, Facts } from "@/components/education/detail-parts";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { PageHeader } from "@/components/ui/page-header";
import { listAttachments } from "@/lib/attachments/service";
import { can } from "@/lib/auth/permissions";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { listCampaignOptions } from "@/lib/campaigns/service";
import { getBook } from "@/lib/checklist/service";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";

export default async function BookPage({ params }: PageProps<"/education/checklist/books/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const [book, attachments, campaigns] = await loadForPage(() => Promise.all([getBook(user, id), listAttachments(user, "BookDistribution", id), listCampaignOptions(user)]));
  const t = await getTranslations();
  const canEdit = can(user.role, "records.writeOrgan");
  const campaignNames = campaigns.filter((campaign) => book.campaignIds.includes(campaign.id)).map((campaign) => campaign.name);
  return (
    <div className="grid gap-4">
      <PageHeader
        title={book.title}
        description={formatCalendarDate(book.date)}
        actions={
          canEdit ? (
            <>
              <BookDialog today={formatCalendarDate(todayInOrgan())} campaigns={campaigns} book={{ ...book, date: formatCalendarDate(book.date) }} />
              <DeleteRecordButton type="BookDistribution" id={book.id} name={book.title} redirectTo="/education/checklist/books" />
            </>
          ) : null
        }
      />
      <DetailCard title={t("common.details")}>
        <Facts
          items={[
            { label: t("checklist.date"), value: formatCalendarDate(book.date) },
            { label: t("checklist.copies"), value: book.copies },
            { label: t("checklist.recipients"), value: book.recipients },
            { label: t("campaigns.picker"), value: campaignNames.join("、") },
          ]}
        />
      </DetailCard>
      <EvidenceCard type="BookDistribution" id={book.id} attachments={attachments} canEdit={canEdit} />
    </div>
  );
}
