import { RectificationBoard } from "@/components/rectification/rectification-board";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadBoardPage } from "@/lib/rectification/pages";
import { boardQuerySchema } from "@/lib/rectification/schema";

export default async function RectificationPage({ searchParams }: PageProps<"/management/rectification">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const query = boardQuerySchema.parse(params);
  const data = await loadForPage(() => loadBoardPage(user, query));
  return <RectificationBoard query={query} params={params} data={data} />;
}
