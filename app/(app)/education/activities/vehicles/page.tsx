import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight, Layers } from "lucide-react";
import { DetailCard } from "@/components/education/detail-parts";
import { VehicleDialog } from "@/components/education/vehicle-dialog";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { vehicleYearSchema } from "@/lib/activities/schema";
import { loadVehiclesPage } from "@/lib/activities/vehicles-page";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";

export default async function VehiclesPage({ searchParams }: PageProps<"/education/activities/vehicles">) {
  const user = await requirePageUser("records.read");
  const { year: requested } = vehicleYearSchema.parse(await searchParams);
  const [t, data] = await Promise.all([getTranslations(), loadVehiclesPage(user, requested)]);
  const { year } = data;
  const canWrite = can(user.role, "records.writeOrgan");
  return (
    <div className="grid gap-4">
      <PageHeader
        title={t("activities.vehicles")}
        description={t("activities.vehiclesDescription", { year })}
        actions={
          <>
            <nav className="flex items-center gap-1" aria-label={t("education.year")}>
              <Link href={`?year=${year - 1}`} className={buttonVariants({ variant: "outline", size: "icon" })} aria-label={String(year - 1)}>
                <ChevronLeft aria-hidden />
              </Link>
              <span className="px-1 text-sm font-medium tabular-nums">{year}</span>
              <Link href={`?year=${year + 1}`} className={buttonVariants({ variant: "outline", size: "icon" })} aria-label={String(year + 1)}>
                <ChevronRight aria-hidden />
              </Link>
            </nav>
            {canWrite ? <VehicleDialog year={year} campaigns={data.campaigns} /> : null}
          </>
        }
      />
      {data.vehicles.length === 0 ? (
        <EmptyState icon={<Layers />} title={t("activities.vehiclesEmpty")} description={t("activities.vehiclesEmptyHint")} />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("activities.vehicleName")}</TableHead>
              <TableHead>{t("activities.campaign")}</TableHead>
              <TableHead className="text-right">{t("activities.title")}</TableHead>
              <TableHead className="text-right">{t("activities.branchesHeader")}</TableHead>
              <TableHead className="text-right">{t("activities.entries")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.vehicles.map((vehicle) => (
              <TableRow key={vehicle.id}>
                <TableCell className="font-medium">
                  <Link href={`/education/activities/vehicles/${vehicle.id}`} className="text-primary hover:underline">
                    {vehicle.name}
                  </Link>
                </TableCell>
                <TableCell>{vehicle.campaign?.name}</TableCell>
                <TableCell className="text-right tabular-nums">
                  <Link href={`/education/activities?vehicle=${vehicle.id}`} className="hover:underline">
                    {vehicle.counts?.activities ?? 0}
                  </Link>
                </TableCell>
                <TableCell className="text-right tabular-nums">{vehicle.counts?.branches ?? 0}</TableCell>
                <TableCell className="text-right tabular-nums">{vehicle.counts?.entries ?? 0}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <DetailCard title={t("activities.perBranch")}>
          {data.perBranch.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("education.noneYet")}</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {data.perBranch.map((row) => (
                <li key={row.branchId ?? "organ"} className="flex justify-between gap-3">
                  <span>{row.branchName ?? t("activities.organLevel")}</span>
                  <span className="text-muted-foreground tabular-nums">
                    {t("activities.activityCount", { count: row.activities })} · {t("activities.participantsCount", { count: row.participants })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </DetailCard>
        <DetailCard title={t("activities.perKind")}>
          {data.perKind.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("education.noneYet")}</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {data.perKind.map((row) => (
                <li key={row.kind} className="flex justify-between gap-3">
                  <span>{t(`activities.kinds.${row.kind}`)}</span>
                  <span className="text-muted-foreground tabular-nums">
                    {t("activities.activityCount", { count: row.activities })}
                    {row.entries ? ` · ${t("activities.entriesCount", { count: row.entries })}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </DetailCard>
      </div>
    </div>
  );
}
