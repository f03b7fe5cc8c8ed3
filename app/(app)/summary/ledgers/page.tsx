import { YearLedgers } from "@/components/summary/year-ledgers";
import { can } from "@/lib/auth/permissions";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { readableBranchOptions } from "@/lib/org/unit-options";
import { summaryPageQuerySchema } from "@/lib/summary/schema";

export default async function YearLedgersPage({ searchParams }: PageProps<"/summary/ledgers">) {
  const user = await requirePageUser("records.read");
  const query = summaryPageQuerySchema.parse(await searchParams);
  const branches = await loadForPage(() => readableBranchOptions(user));
  return (
    <YearLedgers
      year={query.year ?? todayInOrgan().getUTCFullYear()}
      branches={branches.map(({ id, name }) => ({ id, name }))}
      canImport={can(user.role, "records.write")}
    />
  );
}
