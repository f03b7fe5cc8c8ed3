import { RecordList } from "@/components/management/record-list";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadSectionList, parseSection } from "@/lib/management/pages";
import { managementListQuerySchema } from "@/lib/management/schema";

export default async function ManagementSectionPage({ params, searchParams }: PageProps<"/management/[section]">) {
  const user = await requirePageUser("records.read");
  const [{ section }, search] = await Promise.all([params, searchParams]);
  const query = managementListQuerySchema.parse(search);
  const slug = await loadForPage(async () => parseSection(section));
  const data = await loadForPage(() => loadSectionList(user, slug, query));
  return <RecordList slug={slug} query={query} params={search} data={data} />;
}
