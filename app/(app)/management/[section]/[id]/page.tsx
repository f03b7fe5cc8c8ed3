import { RecordDetail } from "@/components/management/record-detail";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadSectionRecord, parseSection } from "@/lib/management/pages";

export default async function ManagementRecordPage({ params }: PageProps<"/management/[section]/[id]">) {
  const user = await requirePageUser("records.read");
  const { section, id } = await params;
  const slug = await loadForPage(async () => parseSection(section));
  const data = await loadForPage(() => loadSectionRecord(user, slug, id));
  return <RecordDetail slug={slug} data={data} />;
}
