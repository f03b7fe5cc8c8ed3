import { StudyList } from "@/components/education/study-list";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listFilterOptions } from "@/lib/org/filter-options";
import { studyListQuerySchema } from "@/lib/study/schema";
import { listStudySessions } from "@/lib/study/service";

export default async function StudyListPage({ searchParams }: PageProps<"/education/study">) {
  const user = await requirePageUser("records.read");
  const params = await searchParams;
  const query = studyListQuerySchema.parse(params);
  const [sessions, options] = await Promise.all([listStudySessions(user, query), listFilterOptions(user)]);
  return <StudyList query={query} params={params} sessions={sessions} {...options} canCreate={can(user.role, "records.write")} />;
}
