import { RoundDetail } from "@/components/supervision/round-detail";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadRoundPage } from "@/lib/supervision/pages";

export default async function SupervisionRoundPage({ params }: PageProps<"/management/supervision/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const data = await loadForPage(() => loadRoundPage(user, id));
  return <RoundDetail {...data} />;
}
