import { getTranslations } from "next-intl/server";
import { RecordForm } from "@/components/management/record-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { loadSectionNew, parseSection } from "@/lib/management/pages";

export default async function NewManagementRecordPage({ params }: PageProps<"/management/[section]/new">) {
  const user = await requirePageUser("records.write");
  const { section } = await params;
  const slug = await loadForPage(async () => parseSection(section));
  const [t, options] = await Promise.all([getTranslations("management"), loadForPage(() => loadSectionNew(user, slug))]);
  const today = todayInOrgan();
  return (
    <div className="grid gap-6">
      <PageHeader title={t(`sections.${slug}.new`)} />
      <RecordForm
        slug={slug}
        options={options}
        defaults={{ date: formatCalendarDate(today), year: String(today.getUTCFullYear()), status: "NOT_STARTED", maxScore: "10", participantCount: "0" }}
      />
    </div>
  );
}
