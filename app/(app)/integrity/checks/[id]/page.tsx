import { CheckDetail } from "@/components/integrity/check-detail";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadCheckPage } from "@/lib/integrity/pages";

export default async function SupervisionCheckPage({ params }: PageProps<"/integrity/checks/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const data = await loadForPage(() => loadCheckPage(user, id));
  return <CheckDetail {...data} />;
}
