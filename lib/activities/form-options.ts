import "server-only";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listCampaignOptions } from "@/lib/campaigns/service";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import { writableBranchOptions } from "@/lib/org/unit-options";

/** How many years of vehicles the activity form offers (this year and last, for activities recorded late). */
const VEHICLE_YEARS = 2;

/** The activity form's choices: the units the user records for, recent vehicles, campaigns. */
export async function activityFormOptions(user: CurrentUser) {
  const today = todayInOrgan();
  const [branches, campaigns, vehicles] = await Promise.all([
    writableBranchOptions(user),
    listCampaignOptions(user),
    db.activityVehicle.findMany({
      where: { deletedAt: null, year: { gt: today.getUTCFullYear() - VEHICLE_YEARS } },
      select: { id: true, name: true, year: true },
      orderBy: [{ year: "desc" }, { sortOrder: "asc" }, { name: "asc" }],
    }),
  ]);
  const years = [...new Set(vehicles.map((vehicle) => vehicle.year))];
  return {
    branches: branches.map(({ id, name }) => ({ id, name })),
    organLevel: can(user.role, "records.writeOrgan"),
    vehicles: years.map((year) => ({ year, items: vehicles.filter((vehicle) => vehicle.year === year).map(({ id, name }) => ({ id, name })) })),
    campaigns,
    today: formatCalendarDate(today),
  };
}
