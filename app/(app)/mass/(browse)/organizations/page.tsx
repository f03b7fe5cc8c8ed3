import { OrganizationList } from "@/components/mass/organization-list";
import { loadForPage, requirePageUser } from "@/lib/auth/session";
import { todayInOrgan } from "@/lib/dates";
import { loadOrganizationsPage } from "@/lib/mass/pages";

export default async function MassOrganizationsPage() {
  const user = await requirePageUser("records.read");
  const year = todayInOrgan().getUTCFullYear();
  const data = await loadForPage(() => loadOrganizationsPage(user, year));
  return <OrganizationList year={year} data={data} />;
}
