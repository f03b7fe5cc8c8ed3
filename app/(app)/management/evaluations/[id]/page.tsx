import { redirect } from "next/navigation";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { loadEvaluation } from "@/lib/supervision/pages";

// Evaluations are shown by year; a link to one (recycle bin, audit) lands on its year's row.
export default async function EvaluationPage({ params }: PageProps<"/management/evaluations/[id]">) {
  const user = await requirePageUser("records.read");
  const { id } = await params;
  const evaluation = await loadForPage(() => loadEvaluation(user, id));
  redirect(`/management/evaluations?year=${evaluation.year}#evaluation-${evaluation.id}`);
}
