import type { RecordType } from "@/lib/records/registry";

// The record families of the management pillar (标准化管理) that share one list, detail, form and
// ledger: each is described here once, and the generic pages, forms, schemas and services read
// the description. Client-safe. Supervision, evaluations, democratic life meetings and
// rectification have their own pages under /management (see components/management/management-nav.tsx).

export const WORK_LIST_KINDS = ["WORK_POINTS", "PARTY_GROUP_RESPONSIBILITY", "BRANCH_RESPONSIBILITY", "BRANCH_STANDARDS", "IDEOLOGY_POINTS", "DISCIPLINE_POINTS"] as const;
export const TASK_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE"] as const;
export const INDICATOR_TYPES = ["INCENTIVE", "CONSTRAINT"] as const;
export const DOCUMENT_KINDS = ["NOTICE", "WORK_POINTS", "PLAN", "LIST", "COMPILATION", "PROPOSAL", "OTHER"] as const;
export const PILLARS = ["EDUCATION", "MANAGEMENT", "INTEGRITY", "MASS"] as const;
export const AGENDA_TOPICS = ["PARTY_BUILDING", "IDEOLOGY", "INTEGRITY", "OTHER"] as const;
export const PARTNER_KINDS = ["ENTERPRISE", "VILLAGE", "ORGAN", "OTHER"] as const;
export const JOINT_LIST_KINDS = ["DIFFICULTIES", "INNOVATIONS", "POLICIES", "OUTCOMES"] as const;
export const PUBLICITY_CHANNELS = ["WEBSITE", "WECHAT", "MEDIA", "OTHER"] as const;
export const IDEOLOGY_KINDS = ["QUARTERLY_ANALYSIS", "HALF_YEAR_SUMMARY"] as const;

/** The fixed value lists, by the name their labels have in the messages (`management.enums.<name>.<VALUE>`). */
export const ENUMS = {
  workListKind: WORK_LIST_KINDS,
  taskStatus: TASK_STATUSES,
  indicatorType: INDICATOR_TYPES,
  documentKind: DOCUMENT_KINDS,
  pillar: PILLARS,
  agendaTopic: AGENDA_TOPICS,
  partnerKind: PARTNER_KINDS,
  jointListKind: JOINT_LIST_KINDS,
  publicityChannel: PUBLICITY_CHANNELS,
  ideologyKind: IDEOLOGY_KINDS,
} as const;
export type EnumName = keyof typeof ENUMS;

/**
 * How a field is entered, checked and shown:
 * unit — the branch the record belongs to (`orgUnitId`); empty means the Party group (organ level) unless `required`;
 * leader — a leadership account; partner — a joint-building partner;
 * branchIds — branches stored as an id array (empty: every branch);
 * participants — the branches taking part, stored as rows of their own.
 */
export type FieldKind = "text" | "textarea" | "url" | "date" | "year" | "period" | "count" | "enum" | "unit" | "leader" | "partner" | "branchIds" | "participants";

export interface FieldDef {
  name: string;
  kind: FieldKind;
  required?: boolean;
  enumName?: EnumName;
  max?: number;
}

export interface SectionDef {
  recordType: RecordType;
  /** organ: the Party office writes it, everyone reads it; unit: it has a branch (`orgUnitId`). */
  scope: "organ" | "unit";
  /** The field shown as the record's name (title, link text, keyword search). */
  titleField: string;
  /** The field the list's date range filters and sorts on. */
  dateField: string;
  /** The enum field the list's kind filter narrows. */
  kindField?: string;
  /** The enum field the list's status filter narrows. */
  statusField?: string;
  /** The list's kind filter narrows to meetings with an agenda item of a topic (党组会专题研究意识形态 …). */
  topicFilter?: true;
  fields: FieldDef[];
  /** The fields shown as list columns, in order (the title first). */
  columns: string[];
}

const f = (name: string, kind: FieldKind, extra: Omit<FieldDef, "name" | "kind"> = {}): FieldDef => ({ name, kind, ...extra });

export const SECTIONS = {
  "work-tasks": {
    recordType: "WorkTask",
    scope: "unit",
    titleField: "title",
    dateField: "deadline",
    kindField: "listKind",
    statusField: "status",
    fields: [
      f("year", "year", { required: true }),
      f("listKind", "enum", { enumName: "workListKind", required: true }),
      f("title", "text", { required: true, max: 200 }),
      f("detail", "textarea", { max: 5000 }),
      f("responsibleLeaderId", "leader"),
      f("orgUnitId", "unit"),
      f("department", "text", { max: 100 }),
      f("deadline", "date"),
      f("status", "enum", { enumName: "taskStatus", required: true }),
      f("completedOn", "date"),
    ],
    columns: ["title", "listKind", "responsibleLeaderId", "orgUnitId", "deadline", "status"],
  },
  "branch-standards": {
    recordType: "BranchStandard",
    scope: "organ",
    titleField: "title",
    dateField: "createdAt",
    kindField: "indicatorType",
    fields: [
      f("year", "year", { required: true }),
      f("title", "text", { required: true, max: 200 }),
      f("indicatorType", "enum", { enumName: "indicatorType", required: true }),
      f("maxScore", "count", { required: true }),
      f("sortOrder", "count"),
    ],
    columns: ["title", "year", "indicatorType", "maxScore"],
  },
  "committee-terms": {
    recordType: "CommitteeTerm",
    scope: "unit",
    titleField: "endDate",
    dateField: "endDate",
    fields: [f("orgUnitId", "unit", { required: true }), f("startDate", "date", { required: true }), f("endDate", "date", { required: true }), f("note", "textarea", { max: 2000 })],
    columns: ["orgUnitId", "startDate", "endDate"],
  },
  "issued-documents": {
    recordType: "IssuedDocument",
    scope: "organ",
    titleField: "title",
    dateField: "date",
    kindField: "kind",
    fields: [
      f("title", "text", { required: true, max: 200 }),
      f("docNumber", "text", { max: 60 }),
      f("kind", "enum", { enumName: "documentKind", required: true }),
      f("date", "date", { required: true }),
      f("issuer", "text", { required: true, max: 100 }),
      f("pillar", "enum", { enumName: "pillar", required: true }),
    ],
    columns: ["title", "docNumber", "kind", "date", "issuer", "pillar"],
  },
  "submission-requests": {
    recordType: "SubmissionRequest",
    scope: "organ",
    titleField: "title",
    dateField: "dueDate",
    fields: [f("title", "text", { required: true, max: 200 }), f("description", "textarea", { max: 5000 }), f("dueDate", "date", { required: true }), f("orgUnitIds", "branchIds")],
    columns: ["title", "dueDate", "orgUnitIds"],
  },
  "party-group-meetings": {
    recordType: "PartyGroupMeeting",
    scope: "organ",
    titleField: "title",
    dateField: "date",
    topicFilter: true,
    fields: [f("date", "date", { required: true }), f("title", "text", { required: true, max: 200 })],
    columns: ["title", "date"],
  },
  "joint-partners": {
    recordType: "JointPartner",
    scope: "organ",
    titleField: "name",
    dateField: "createdAt",
    kindField: "kind",
    fields: [f("name", "text", { required: true, max: 120 }), f("kind", "enum", { enumName: "partnerKind", required: true }), f("agreement", "textarea", { max: 5000 }), f("signedOn", "date")],
    columns: ["name", "kind", "signedOn"],
  },
  "joint-activities": {
    recordType: "JointActivity",
    scope: "unit",
    titleField: "title",
    dateField: "date",
    fields: [
      f("date", "date", { required: true }),
      f("title", "text", { required: true, max: 200 }),
      f("partnerId", "partner"),
      f("orgUnitId", "unit"),
      f("participants", "participants", { required: true }),
      f("content", "textarea", { max: 5000 }),
    ],
    columns: ["title", "date", "partnerId", "participants"],
  },
  "joint-list-entries": {
    recordType: "JointListEntry",
    scope: "organ",
    titleField: "content",
    dateField: "date",
    kindField: "listKind",
    fields: [f("partnerId", "partner", { required: true }), f("listKind", "enum", { enumName: "jointListKind", required: true }), f("date", "date", { required: true }), f("content", "textarea", { required: true, max: 2000 })],
    columns: ["content", "partnerId", "listKind", "date"],
  },
  "publicity-items": {
    recordType: "PublicityItem",
    scope: "unit",
    titleField: "title",
    dateField: "date",
    kindField: "channel",
    fields: [
      f("channel", "enum", { enumName: "publicityChannel", required: true }),
      f("title", "text", { required: true, max: 200 }),
      f("date", "date", { required: true }),
      f("orgUnitId", "unit"),
      f("link", "url", { max: 500 }),
    ],
    columns: ["title", "channel", "date", "orgUnitId"],
  },
  "ideology-records": {
    recordType: "IdeologyRecord",
    scope: "unit",
    titleField: "title",
    dateField: "date",
    kindField: "kind",
    fields: [
      f("kind", "enum", { enumName: "ideologyKind", required: true }),
      f("year", "year", { required: true }),
      f("period", "period", { required: true }),
      f("date", "date", { required: true }),
      f("orgUnitId", "unit"),
      f("title", "text", { required: true, max: 200 }),
      f("content", "textarea", { max: 10000 }),
    ],
    columns: ["title", "kind", "period", "date", "orgUnitId"],
  },
  "party-trainings": {
    recordType: "PartyTraining",
    scope: "organ",
    titleField: "title",
    dateField: "date",
    fields: [
      f("date", "date", { required: true }),
      f("title", "text", { required: true, max: 200 }),
      f("organiser", "text", { max: 100 }),
      f("participantCount", "count", { required: true }),
      f("content", "textarea", { max: 5000 }),
    ],
    columns: ["title", "date", "organiser", "participantCount"],
  },
} as const satisfies Record<string, SectionDef>;

export type SectionSlug = keyof typeof SECTIONS;
export const SECTION_SLUGS = Object.keys(SECTIONS) as [SectionSlug, ...SectionSlug[]];

export function isSectionSlug(value: unknown): value is SectionSlug {
  return typeof value === "string" && Object.hasOwn(SECTIONS, value);
}

export function sectionDef(slug: SectionSlug): SectionDef {
  return SECTIONS[slug];
}

export function fieldDef(slug: SectionSlug, name: string): FieldDef | undefined {
  return sectionDef(slug).fields.find((field) => field.name === name);
}

export const sectionPath = (slug: SectionSlug) => `/management/${slug}`;
