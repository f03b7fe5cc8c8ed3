import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { listCampaignOptions } from "@/lib/campaigns/service";
import { todayInOrgan } from "@/lib/dates";
import { branchScope } from "@/lib/org/scope";
import { activitiesPerBranch } from "./queries/per-branch";
import { activitiesPerKind } from "./queries/per-kind";
import { activitiesPerVehicle } from "./queries/per-vehicle";
import { listVehicles } from "./service";

/** A year's vehicles with the activities under each, and the year's activities per branch and kind. */
export async function loadVehiclesPage(user: CurrentUser, requestedYear: number | undefined) {
  const year = requestedYear ?? todayInOrgan().getUTCFullYear();
  const scope = await branchScope(user);
  const [vehicles, perVehicle, perBranch, perKind, campaigns] = await Promise.all([
    listVehicles(user, year),
    activitiesPerVehicle(scope, { year }),
    activitiesPerBranch(scope, { year }),
    activitiesPerKind(scope, { year }),
    listCampaignOptions(user),
  ]);
  const counts = new Map(perVehicle.map((row) => [row.vehicleId, row]));
  return { year, vehicles: vehicles.map((vehicle) => ({ ...vehicle, counts: counts.get(vehicle.id) })), perBranch, perKind, campaigns };
}
