import { redirect } from "next/navigation";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { roundOfFinding } from "@/lib/supervision/service";

// A finding is shown on its round's page; links to a finding (recycle bin, audit) land there.
export default async function SupervisionFindingPage({ params }: PageProps<"/management/supervision/findings/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const roundId = await loadForPage(() => roundOfFinding(user, id));
  redirect(`/management/supervision/${roundId}`);
}
