import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import type { loadOrganizationsPage } from "@/lib/mass/pages";
import { MassNav } from "./mass-nav";
import { AddOrganizationDialog, EditOrganizationDialog } from "./organization-forms";

interface OrganizationListProps {
  user: CurrentUser;
  year: number;
  data: Awaited<ReturnType<typeof loadOrganizationsPage>>;
}

export async function OrganizationList({ user, year, data: { organizations } }: OrganizationListProps) {
  const t = await getTranslations("mass");
  const common = await getTranslations("common");
  const keeps = can(user.role, "records.writeOrgan");
  const activitiesHref = (id: string) => `/mass/activities?${new URLSearchParams({ organization: id, from: `${year}-01-01`, to: `${year}-12-31` })}`;
  return (
    <div className="grid gap-6">
      <PageHeader title={t("organizations.title")} description={t("organizations.description")} actions={keeps ? <AddOrganizationDialog /> : null} />
      <MassNav current="organizations" />
      {organizations.length === 0 ? (
        <EmptyState icon={<Users />} title={t("organizations.empty")} description={t("organizations.emptyHint")} />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("organizations.name")}</TableHead>
              <TableHead>{t("organizations.kind")}</TableHead>
              <TableHead className="text-right">{t("organizations.activitiesThisYear")}</TableHead>
              {keeps ? <TableHead className="text-right">{common("actions")}</TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {organizations.map((organization) => (
              <TableRow key={organization.id}>
                <TableCell className="font-medium whitespace-normal">{organization.name}</TableCell>
                <TableCell className="whitespace-normal">{t(`organizationKinds.${organization.kind}`)}</TableCell>
                <TableCell className="text-right tabular-nums">
                  <Link href={activitiesHref(organization.id)} className="text-primary hover:underline">
                    {organization.activitiesThisYear}
                  </Link>
                </TableCell>
                {keeps ? (
                  <TableCell className="text-right">
                    <EditOrganizationDialog organization={organization} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
