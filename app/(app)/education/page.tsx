import { z } from "zod";
import { EducationOverview } from "@/components/education/education-overview";
import { requirePageUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { loadEducationOverview } from "@/lib/study/overview";

const querySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

export default async function EducationPage({ searchParams }: PageProps<"/education">) {
  const user = await requirePageUser("records.read");
  const { year } = querySchema.parse(await searchParams);
  const data = await loadEducationOverview(user, year ?? todayInOrgan().getUTCFullYear());
  return <EducationOverview data={data} />;
}
