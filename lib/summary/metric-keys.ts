// The summary's figures, safe for the browser. Each is a metric of the dashboards' registry
// (lib/metrics/registry.ts) read over a span: the summarised period itself, or one half of its
// year for the reference's 上半年/下半年 comparisons. The placeholders of the template name
// these figures; the SQL is the registry's, so a figure and its drill-down cannot disagree.

export type PillarKey = "education" | "management" | "integrity" | "mass";
export const PILLARS: PillarKey[] = ["education", "management", "integrity", "mass"];

export type FigureSpan = "period" | "h1" | "h2";

interface FigureSpec {
  /** The registry metric's key. */
  metric: string;
  span: FigureSpan;
  pillar: PillarKey;
}

const figure = (metric: string, pillar: PillarKey, span: FigureSpan = "period"): FigureSpec => ({ metric, span, pillar });

export const SUMMARY_FIGURES = {
  "education.centralGroupSessions": figure("education.centralGroupSessions", "education"),
  "education.centralGroupSpeeches": figure("education.centralGroupSpeeches", "education"),
  "education.studyForms": figure("education.studyForms", "education"),
  "education.studyTasks": figure("education.checklistTasks", "education"),
  "education.activityVehicles": figure("education.activityVehicles", "education"),
  "education.branchThemedActivities": figure("education.branchVehicleActivities", "education"),
  "education.contestEntries": figure("education.contestEntries", "education"),
  "education.branchStudySessions": figure("education.studySessions", "education"),
  "education.orgLifeMeetings": figure("education.orgLifeMeetings", "education"),
  "management.reviewFeedbackMeasures": figure("management.reviewFeedbackMeasures", "management"),
  "management.commonFindingsH1": figure("management.commonFindings", "management", "h1"),
  "management.individualFindingsH1": figure("management.individualFindings", "management", "h1"),
  "management.jointBranchesH1": figure("management.jointCoveredBranches", "management", "h1"),
  "management.jointBranchesH2": figure("management.jointCoveredBranches", "management", "h2"),
  "management.jointCoverageH2": figure("management.jointCoverage", "management", "h2"),
  "management.publicityH1": figure("management.publicity", "management", "h1"),
  "management.publicityH2": figure("management.publicity", "management", "h2"),
  "management.openRectificationItems": figure("management.rectificationOpenAtEnd", "management"),
  "management.overdueRectificationItems": figure("management.rectificationOverdue", "management"),
  "integrity.supervisionChecks": figure("integrity.checks", "integrity"),
  "integrity.activities": figure("integrity.activities", "integrity"),
  "mass.promotionMeetings": figure("mass.promotionMeetings", "mass"),
  "mass.villageVisits": figure("mass.villageVisits", "mass"),
  "mass.activities": figure("mass.activities", "mass"),
  "mass.youthRepsPerSession": figure("mass.youthRepsPerSession", "mass"),
} as const satisfies Record<string, FigureSpec>;

export type SummaryMetricKey = keyof typeof SUMMARY_FIGURES;
export type FigureValues = Record<SummaryMetricKey, number>;

export function isMetricKey(key: string): key is SummaryMetricKey {
  return Object.hasOwn(SUMMARY_FIGURES, key);
}

/** Figures that describe the organisation rather than work done: they never make a pillar look busy. */
export const CONTEXT_FIGURES: readonly SummaryMetricKey[] = ["management.jointCoverageH2"];
