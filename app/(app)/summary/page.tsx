import { ComingSoon } from "@/components/shell/coming-soon";
import { requirePageUser } from "@/lib/auth/session";

export default async function Page() {
  await requirePageUser("records.read");
  return <ComingSoon section="summary" />;
}
