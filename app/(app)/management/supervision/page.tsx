import { RoundList } from "@/components/supervision/round-list";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadRoundListPage } from "@/lib/supervision/pages";
import { pageQuerySchema } from "@/lib/validation";

export default async function SupervisionPage({ searchParams }: PageProps<"/management/supervision">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const { page } = pageQuerySchema.parse(params);
  const data = await loadForPage(() => loadRoundListPage(user, page));
  return <RoundList params={params} data={data} />;
}
