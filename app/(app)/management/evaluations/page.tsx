import { EvaluationList } from "@/components/supervision/evaluation-list";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { loadEvaluationsPage } from "@/lib/supervision/pages";
import { yearQuerySchema } from "@/lib/supervision/schema";

export default async function EvaluationsPage({ searchParams }: PageProps<"/management/evaluations">) {
  const user = await requirePageUser("records.read");
  const year = yearQuerySchema.parse(await searchParams).year ?? todayInOrgan().getUTCFullYear();
  const data = await loadForPage(() => loadEvaluationsPage(user, year));
  return <EvaluationList year={year} data={data} />;
}
