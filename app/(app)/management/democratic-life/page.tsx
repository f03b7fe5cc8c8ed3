import { DemocraticLifeList } from "@/components/supervision/democratic-life";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadDemocraticLifeList } from "@/lib/rectification/pages";
import { pageQuerySchema } from "@/lib/validation";

export default async function DemocraticLifePage({ searchParams }: PageProps<"/management/democratic-life">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const { page } = pageQuerySchema.parse(params);
  const data = await loadForPage(() => loadDemocraticLifeList(user, page));
  return <DemocraticLifeList params={params} data={data} />;
}
