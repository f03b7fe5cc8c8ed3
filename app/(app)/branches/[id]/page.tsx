import { BranchDetail } from "@/components/branches/branch-detail";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { pageQuerySchema } from "@/lib/validation";
import { loadBranchPage } from "@/lib/roster/branch-page";

export default async function BranchPage({ params, searchParams }: PageProps<"/branches/[id]">) {
  const user = await requirePageUser("roster.read");
  const [{ id }, query] = await Promise.all([params, searchParams.then((raw) => pageQuerySchema.parse(raw))]);
  const data = await loadForPage(() => loadBranchPage(user, id, query));
  return <BranchDetail user={user} query={query} {...data} />;
}
