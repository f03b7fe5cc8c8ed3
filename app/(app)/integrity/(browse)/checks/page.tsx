import { CheckList } from "@/components/integrity/check-list";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadCheckListPage } from "@/lib/integrity/pages";
import { checkListQuerySchema } from "@/lib/integrity/schema";

export default async function SupervisionChecksPage({ searchParams }: PageProps<"/integrity/checks">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const query = checkListQuerySchema.parse(params);
  const data = await loadForPage(() => loadCheckListPage(user, query));
  return <CheckList user={user} query={query} params={params} data={data} />;
}
