import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { loadOrganizationsPage } from "@/lib/mass/pages";
import { MassNav } from "./mass-nav";
import { AddOrganizationDialog, EditOrganizationDialog } from "./organization-forms";

interface OrganizationListProps {
  year: number;
  data: Awaited<ReturnType<typeof loadOrganizationsPage>>;
}

export async function OrganizationList({ year, data: { organizations, keepsOrganizations: keeps } }: OrganizationListProps) {
  const t = await getTranslations("mass");
  const common = await getTranslations("common");
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
                  <TableCell className="text-right whitespace-nowrap">
                    <EditOrganizationDialog organization={organization} />
                    <DeleteRecordButton type="MassOrganization" id={organization.id} name={organization.name} variant="ghost" />
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
