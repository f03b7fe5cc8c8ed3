import type { Prisma } from "@/lib/generated/prisma/client";

// The one list of record types that shared machinery (attachments, soft delete and the recycle
// bin, campaign counts) works on. Client-safe: the Prisma import is a type only.
//
// A table named here is put into SQL by the shared services (they cannot use Prisma's typed
// delegates generically), so every name is checked against the database by an integration test
// (tests/integration/records-registry.test.ts), and only names from this file ever reach SQL.

export type Pillar = "EDUCATION" | "MANAGEMENT" | "INTEGRITY" | "MASS" | "SHARED";

export interface RecordTypeDefinition {
  model: Prisma.ModelName;
  /** The SQL table: Prisma names tables after their models. */
  table: string;
  /** The record type's name in the message files, e.g. "records.types.StudySession". */
  labelKey: string;
  /** The column shown as the record's title (recycle bin, notifications, audit). */
  titleField: string;
  /**
   * orgUnit: the table has an "orgUnitId" column deciding branch scope (null = Party-group level);
   * organ: no branch, the Party office writes it and every business role reads it.
   */
  scope: "orgUnit" | "organ";
  /** The record's page. */
  href: (id: string) => string;
  pillar: Pillar;
  /** false: the table has no "deletedAt" column, or (rectification items) the record is never deleted. */
  softDelete?: false;
  /** The table has a "campaignIds" text[] column (tagged with campaigns). */
  campaigns?: true;
}

function define<const M extends Prisma.ModelName>(
  model: M,
  rest: Omit<RecordTypeDefinition, "model" | "table" | "labelKey">,
): RecordTypeDefinition & { model: M } {
  return { model, table: model, labelKey: `records.types.${model}`, ...rest };
}

export const RECORD_TYPES = {
  // 学习教育
  StudySession: define("StudySession", { titleField: "topic", scope: "orgUnit", href: (id) => `/education/study/${id}`, pillar: "EDUCATION", campaigns: true }),
  StudyForm: define("StudyForm", { titleField: "name", scope: "organ", href: () => "/education/checklist", pillar: "EDUCATION" }),
  StudyTask: define("StudyTask", { titleField: "content", scope: "organ", href: (id) => `/education/checklist/tasks/${id}`, pillar: "EDUCATION" }),
  BookDistribution: define("BookDistribution", { titleField: "title", scope: "organ", href: (id) => `/education/checklist/books/${id}`, pillar: "EDUCATION", campaigns: true }),
  OrgLifeMeeting: define("OrgLifeMeeting", { titleField: "topic", scope: "orgUnit", href: (id) => `/education/org-life/${id}`, pillar: "EDUCATION", campaigns: true }),
  ActivityVehicle: define("ActivityVehicle", { titleField: "name", scope: "organ", href: (id) => `/education/activities/vehicles/${id}`, pillar: "EDUCATION" }),
  ThemedActivity: define("ThemedActivity", { titleField: "title", scope: "orgUnit", href: (id) => `/education/activities/${id}`, pillar: "EDUCATION", campaigns: true }),
  // 标准化管理
  WorkTask: define("WorkTask", { titleField: "title", scope: "orgUnit", href: (id) => `/management/work-tasks/${id}`, pillar: "MANAGEMENT" }),
  BranchStandard: define("BranchStandard", { titleField: "title", scope: "organ", href: (id) => `/management/branch-standards/${id}`, pillar: "MANAGEMENT" }),
  CommitteeTerm: define("CommitteeTerm", { titleField: "endDate", scope: "orgUnit", href: (id) => `/management/committee-terms/${id}`, pillar: "MANAGEMENT" }),
  IssuedDocument: define("IssuedDocument", { titleField: "title", scope: "organ", href: (id) => `/management/issued-documents/${id}`, pillar: "MANAGEMENT", campaigns: true }),
  SubmissionRequest: define("SubmissionRequest", { titleField: "title", scope: "organ", href: (id) => `/management/submission-requests/${id}`, pillar: "MANAGEMENT" }),
  Submission: define("Submission", { titleField: "submittedAt", scope: "orgUnit", href: (id) => `/management/submissions/${id}`, pillar: "MANAGEMENT", softDelete: false }),
  PartyGroupMeeting: define("PartyGroupMeeting", { titleField: "title", scope: "organ", href: (id) => `/management/party-group-meetings/${id}`, pillar: "MANAGEMENT" }),
  SupervisionRound: define("SupervisionRound", { titleField: "focus", scope: "organ", href: (id) => `/management/supervision/${id}`, pillar: "MANAGEMENT" }),
  SupervisionFinding: define("SupervisionFinding", { titleField: "description", scope: "organ", href: (id) => `/management/supervision/findings/${id}`, pillar: "MANAGEMENT" }),
  BranchEvaluation: define("BranchEvaluation", { titleField: "year", scope: "orgUnit", href: (id) => `/management/evaluations/${id}`, pillar: "MANAGEMENT" }),
  RectificationPlan: define("RectificationPlan", { titleField: "title", scope: "orgUnit", href: (id) => `/management/rectification/plans/${id}`, pillar: "MANAGEMENT" }),
  // Never hard-deleted and never soft-deleted: an item is closed (销号), not removed.
  RectificationItem: define("RectificationItem", { titleField: "problem", scope: "orgUnit", href: (id) => `/management/rectification/${id}`, pillar: "MANAGEMENT", softDelete: false, campaigns: true }),
  // A check-in carries the item's evidence files; like the item it is kept for good.
  RectificationCheckIn: define("RectificationCheckIn", { titleField: "progress", scope: "orgUnit", href: () => "/management/rectification", pillar: "MANAGEMENT", softDelete: false }),
  JointPartner: define("JointPartner", { titleField: "name", scope: "organ", href: (id) => `/management/joint-partners/${id}`, pillar: "MANAGEMENT" }),
  JointActivity: define("JointActivity", { titleField: "title", scope: "orgUnit", href: (id) => `/management/joint-activities/${id}`, pillar: "MANAGEMENT", campaigns: true }),
  JointListEntry: define("JointListEntry", { titleField: "content", scope: "organ", href: (id) => `/management/joint-list-entries/${id}`, pillar: "MANAGEMENT" }),
  PublicityItem: define("PublicityItem", { titleField: "title", scope: "orgUnit", href: (id) => `/management/publicity-items/${id}`, pillar: "MANAGEMENT", campaigns: true }),
  IdeologyRecord: define("IdeologyRecord", { titleField: "title", scope: "orgUnit", href: (id) => `/management/ideology-records/${id}`, pillar: "MANAGEMENT" }),
  PartyTraining: define("PartyTraining", { titleField: "title", scope: "organ", href: (id) => `/management/party-trainings/${id}`, pillar: "MANAGEMENT" }),
  DemocraticLifeMeeting: define("DemocraticLifeMeeting", { titleField: "title", scope: "organ", href: (id) => `/management/democratic-life/${id}`, pillar: "MANAGEMENT" }),
  // 作风廉政
  IntegrityActivity: define("IntegrityActivity", { titleField: "title", scope: "orgUnit", href: (id) => `/integrity/activities/${id}`, pillar: "INTEGRITY", campaigns: true }),
  SupervisionCheck: define("SupervisionCheck", { titleField: "target", scope: "orgUnit", href: (id) => `/integrity/checks/${id}`, pillar: "INTEGRITY", campaigns: true }),
  // 群团工作
  MassOrganization: define("MassOrganization", { titleField: "name", scope: "organ", href: () => "/mass/organizations", pillar: "MASS" }),
  MassActivity: define("MassActivity", { titleField: "title", scope: "orgUnit", href: (id) => `/mass/activities/${id}`, pillar: "MASS", campaigns: true }),
  // Shared
  Campaign: define("Campaign", { titleField: "name", scope: "organ", href: (id) => `/campaigns/${id}`, pillar: "SHARED" }),
} satisfies Record<string, RecordTypeDefinition>;

export type RecordType = keyof typeof RECORD_TYPES;

export const RECORD_TYPE_NAMES = Object.keys(RECORD_TYPES) as [RecordType, ...RecordType[]];

export function isRecordType(value: unknown): value is RecordType {
  return typeof value === "string" && Object.hasOwn(RECORD_TYPES, value);
}

export const softDeletableTypes = (): RecordType[] => RECORD_TYPE_NAMES.filter((type) => RECORD_TYPES[type].softDelete !== false);

export const campaignTaggedTypes = (): RecordType[] => RECORD_TYPE_NAMES.filter((type) => RECORD_TYPES[type].campaigns === true);
