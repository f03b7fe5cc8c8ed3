/** Where a campaign stands on a calendar date: not started, running (end date included), or over. */
export function campaignPhase(campaign: { startDate: Date; endDate: Date | null }, today: Date): "upcoming" | "active" | "ended" {
  if (campaign.startDate > today) return "upcoming";
  return campaign.endDate && campaign.endDate < today ? "ended" : "active";
}

export const PHASE_BADGE = { upcoming: "outline", active: "success", ended: "secondary" } as const;
