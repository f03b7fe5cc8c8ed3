import { SummaryWorkspaceView } from "@/components/summary/summary-workspace";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadSummaryPage } from "@/lib/summary/pages";
import { summaryPageQuerySchema } from "@/lib/summary/schema";

export default async function SummaryPage({ searchParams }: PageProps<"/summary">) {
  const user = await requirePageUser("records.read");
  const query = summaryPageQuerySchema.parse(await searchParams);
  const data = await loadForPage(() => loadSummaryPage(user, query));
  return <SummaryWorkspaceView data={data} query={query} />;
}
