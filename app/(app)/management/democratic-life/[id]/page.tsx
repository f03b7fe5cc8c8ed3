import { DemocraticLifeDetail } from "@/components/supervision/democratic-life";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadDemocraticLifePage } from "@/lib/rectification/pages";

export default async function DemocraticLifeMeetingPage({ params }: PageProps<"/management/democratic-life/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const meeting = await loadForPage(() => loadDemocraticLifePage(user, id));
  return <DemocraticLifeDetail meeting={meeting} />;
}
