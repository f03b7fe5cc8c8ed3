// The summary's figures by name and pillar, safe for the browser (the SQL is in ./metrics.ts).

export type PillarKey = "education" | "management" | "integrity" | "mass";
export const PILLARS: PillarKey[] = ["education", "management", "integrity", "mass"];

export const METRIC_PILLARS = {
  "education.centralGroupSessions": "education",
  "education.centralGroupSpeeches": "education",
  "education.studyForms": "education",
  "education.studyTasks": "education",
  "education.activityVehicles": "education",
  "education.branchThemedActivities": "education",
  "education.contestEntries": "education",
  "education.branchStudySessions": "education",
  "education.orgLifeMeetings": "education",
  "management.reviewFeedbackMeasures": "management",
  "management.commonFindingsH1": "management",
  "management.individualFindingsH1": "management",
  "management.jointBranchesH1": "management",
  "management.jointBranchesH2": "management",
  "management.activeBranches": "management",
  "management.publicityH1": "management",
  "management.publicityH2": "management",
  "management.openRectificationItems": "management",
  "management.overdueRectificationItems": "management",
  "integrity.supervisionChecks": "integrity",
  "integrity.activities": "integrity",
  "mass.promotionMeetings": "mass",
  "mass.villageVisits": "mass",
  "mass.activities": "mass",
  "mass.youthRepsPerSession": "mass",
} as const satisfies Record<string, PillarKey>;

export type SummaryMetricKey = keyof typeof METRIC_PILLARS;
export type FigureValues = Record<SummaryMetricKey, number>;

export function isMetricKey(key: string): key is SummaryMetricKey {
  return Object.hasOwn(METRIC_PILLARS, key);
}
