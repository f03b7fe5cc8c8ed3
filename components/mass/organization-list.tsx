import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { loadOrganizationsPage } from "@/lib/mass/pages";
import { MassNav } from "./mass-nav";
import { AddOrganizationDialog, EditOrganizationDialog } from "./organization-forms";

interface OrganizationListProps {
  year: number;
  data: Awaited<ReturnType<typeof loadOrganizationsPage>>;
}

export async function OrganizationList({ year, data: { organizations, keepsOrganizations: keeps } }: OrganizationListProps) {
  const t = await getTranslations("mass");
  const activitiesHref = (id: string) => `/mass/activities?${new URLSearchParams({ organization: id, from: `${year}-01-01`, to: `${year}-12-31` })}`;
  return (
    <div className="grid gap-6">
      <PageHeader title={t("organizations.title")} description={t("organizations.description")} actions={keeps ? <AddOrganizationDialog /> : null} />
      <MassNav current="organizations" />
      {organizations.length === 0 ? (
        <EmptyState icon={<Users />} title={t("organizations.empty")} description={t("organizations.emptyHint")} />
      ) : (
        // A short list (five bodies or so): one row each, the same on a phone and a desktop.
        <ul className="divide-y rounded-lg border bg-card">
          {organizations.map((organization) => (
            <li key={organization.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 p-3 sm:px-4">
              <div className="min-w-0 flex-1 basis-48">
                <p className="font-medium">{organization.name}</p>
                <p className="text-xs text-muted-foreground">{t(`organizationKinds.${organization.kind}`)}</p>
              </div>
              <Link href={activitiesHref(organization.id)} className="text-sm text-primary hover:underline">
                {t("organizations.activitiesThisYear")} <span className="font-semibold tabular-nums">{organization.activitiesThisYear}</span>
              </Link>
              {keeps ? (
                <div className="flex items-center">
                  <EditOrganizationDialog organization={organization} />
                  <DeleteRecordButton type="MassOrganization" id={organization.id} name={organization.name} variant="ghost" />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
