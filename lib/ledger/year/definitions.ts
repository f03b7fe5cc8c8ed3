import "server-only";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { branchScope, readableRecordsWhere, scopeWhere } from "@/lib/org/scope";
import { createActivity, updateActivity } from "@/lib/activities/service";
import { ACTIVITY_KINDS, createActivitySchema, updateActivitySchema } from "@/lib/activities/schema";
import { createStudyTask, updateStudyTask } from "@/lib/checklist/service";
import { TASK_STATUSES, createStudyTaskSchema, updateStudyTaskSchema } from "@/lib/checklist/schema";
import { createSupervisionCheck, updateSupervisionCheck } from "@/lib/integrity/checks";
import {
  CULTURE_FORMS,
  INTEGRITY_KINDS,
  LETTER_LEVELS,
  ORGANISER_LEVELS,
  SUPERVISION_KINDS,
  TALK_TYPES,
  WARNING_FORMS,
  createIntegrityActivitySchema,
  createSupervisionCheckSchema,
  updateIntegrityActivitySchema,
  updateSupervisionCheckSchema,
} from "@/lib/integrity/schema";
import { createIntegrityActivity, integrityLedgerRows, updateIntegrityActivity } from "@/lib/integrity/service";
import { createMassActivity, updateMassActivity } from "@/lib/mass/service";
import { MASS_ACTIVITY_KINDS, VILLAGE_SERVICES, createMassActivitySchema, updateMassActivitySchema } from "@/lib/mass/schema";
import { createMeeting, updateMeeting } from "@/lib/org-life/service";
import { LECTURER_TYPES, ORG_LIFE_KINDS, createMeetingSchema, updateMeetingSchema } from "@/lib/org-life/schema";
import { createStudySession, updateStudySession } from "@/lib/study/service";
import { NON_VOTING_TAGS, SPEAKER_TAGS, STUDY_KINDS, STUDY_LEVELS, createStudySessionSchema, updateStudySessionSchema } from "@/lib/study/schema";
import type { YearChildSheet, YearColumn, YearLedgerType } from "./types";

// The education, integrity and mass record types of the year ledger. Each sheet's columns are
// the fields of the record's form, so an imported row is validated by the form's own schema and
// written by the form's own service.

const yearRange = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lte: new Date(Date.UTC(year, 11, 31)) });

async function recordWhere(user: CurrentUser, unitIds: string[] | null) {
  return { deletedAt: null, ...readableRecordsWhere(await branchScope(user)), ...(unitIds ? { orgUnitId: { in: unitIds } } : {}) };
}

const id: YearColumn = { field: "id", header: "id", width: 28 };
const branch: YearColumn = { field: "orgUnitId", header: "branch", kind: "branch", width: 20 };
const date = (field = "date", header = "date"): YearColumn => ({ field, header, kind: "date", width: 12 });
const text = (field: string, width = 24): YearColumn => ({ field, header: field, width });
const count = (field: string): YearColumn => ({ field, header: field, kind: "number" });
const choice = (field: string, values: readonly string[], labels: string): YearColumn => ({ field, header: field, kind: "enum", values, labels, width: 18 });

/** A person on a child sheet: the roster member by number, or by name and birth date. */
const personColumns: YearColumn[] = [
  { field: "memberNo", header: "memberNo", width: 14 },
  { field: "birthDate", header: "birthDate", kind: "date", width: 12 },
];

const parentColumns: YearColumn[] = [
  { field: "parentId", header: "parentId", width: 28 },
  { field: "parentDate", header: "parentDate", kind: "date", width: 12 },
  { field: "parentTopic", header: "parentTopic", width: 30 },
];

const sessionChildren: YearChildSheet[] = [
  {
    key: "studySpeeches",
    field: "speeches",
    columns: [...parentColumns, { field: "speakerName", header: "speakerName", width: 14 }, ...personColumns, choice("tag", SPEAKER_TAGS, "study.speakerTags"), text("topic", 30)],
    memberRequired: false,
    async load(recordIds) {
      const rows = await db.studySpeech.findMany({
        where: { sessionId: { in: recordIds } },
        select: { sessionId: true, memberId: true, speakerName: true, tag: true, topic: true, member: { select: { memberNo: true, birthDate: true } }, session: { select: { date: true, topic: true } } },
        orderBy: { id: "asc" },
      });
      return rows.map((row) => ({ parentId: row.sessionId, memberId: row.memberId, parentDate: row.session.date, parentTopic: row.session.topic, speakerName: row.speakerName, memberNo: row.member?.memberNo, birthDate: row.member?.birthDate, tag: row.tag, topic: row.topic }));
    },
    toEntry: (row, memberId) => ({ memberId, speakerName: row.speakerName, topic: row.topic, tag: row.tag }),
  },
  {
    key: "studyNonVoting",
    field: "nonVoting",
    columns: [...parentColumns, { field: "name", header: "name", width: 14 }, ...personColumns, choice("tag", NON_VOTING_TAGS, "study.nonVotingTags")],
    memberRequired: false,
    async load(recordIds) {
      const rows = await db.studyNonVoting.findMany({
        where: { sessionId: { in: recordIds } },
        select: { sessionId: true, memberId: true, name: true, tag: true, member: { select: { memberNo: true, birthDate: true } }, session: { select: { date: true, topic: true } } },
        orderBy: { id: "asc" },
      });
      return rows.map((row) => ({ parentId: row.sessionId, memberId: row.memberId, parentDate: row.session.date, parentTopic: row.session.topic, name: row.name, memberNo: row.member?.memberNo, birthDate: row.member?.birthDate, tag: row.tag }));
    },
    toEntry: (row, memberId) => ({ memberId, name: row.name, tag: row.tag }),
  },
  {
    key: "studyAttendees",
    field: "attendeeIds",
    columns: [...parentColumns, { field: "name", header: "name", width: 14 }, ...personColumns],
    memberRequired: true,
    async load(recordIds) {
      const rows = await db.studyAttendee.findMany({
        where: { sessionId: { in: recordIds } },
        select: { sessionId: true, memberId: true, member: { select: { name: true, memberNo: true, birthDate: true } }, session: { select: { date: true, topic: true } } },
        orderBy: { id: "asc" },
      });
      return rows.map((row) => ({ parentId: row.sessionId, memberId: row.memberId, parentDate: row.session.date, parentTopic: row.session.topic, name: row.member.name, memberNo: row.member.memberNo, birthDate: row.member.birthDate }));
    },
    toEntry: (_row, memberId) => memberId,
  },
];

const studySessions: YearLedgerType = {
  key: "study",
  recordType: "StudySession",
  columns: [id, choice("level", STUDY_LEVELS, "study.levels"), branch, choice("kind", STUDY_KINDS, "study.kinds"), date(), text("topic", 36), text("place", 16), count("durationMinutes"), text("content", 40)],
  naturalKey: ["level", "orgUnitId", "date", "topic"],
  children: sessionChildren,
  async load(user, year, unitIds) {
    return db.studySession.findMany({
      where: { ...(await recordWhere(user, unitIds)), date: yearRange(year) },
      select: { id: true, version: true, level: true, orgUnitId: true, kind: true, date: true, topic: true, place: true, durationMinutes: true, content: true, campaignIds: true },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    });
  },
  createSchema: createStudySessionSchema,
  updateSchema: updateStudySessionSchema,
  create: createStudySession,
  update: updateStudySession,
};

const orgLifeMeetings: YearLedgerType = {
  key: "orgLife",
  recordType: "OrgLifeMeeting",
  columns: [id, branch, choice("kind", ORG_LIFE_KINDS, "orgLife.kinds"), date(), text("topic", 36), text("hostName", 12), { field: "studiedBusiness", header: "studiedBusiness", kind: "boolean" }, text("lecturerName", 12), choice("lecturerType", LECTURER_TYPES, "orgLife.lecturerTypes"), text("minutes", 40)],
  naturalKey: ["orgUnitId", "kind", "date"],
  // Updating a meeting from a sheet would reset its attendance (kept on the meeting's page): matched rows are left as they are.
  createOnly: true,
  async load(user, year, unitIds) {
    // Organisational life always belongs to a branch: the scope is the branch list, no organ level.
    const scope = scopeWhere(await branchScope(user));
    return db.orgLifeMeeting.findMany({
      where: { deletedAt: null, ...scope, ...(unitIds ? { orgUnitId: { in: unitIds } } : {}), date: yearRange(year) },
      select: { id: true, version: true, orgUnitId: true, kind: true, date: true, topic: true, hostName: true, studiedBusiness: true, lecturerName: true, lecturerType: true, minutes: true, campaignIds: true },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    });
  },
  createSchema: createMeetingSchema,
  updateSchema: updateMeetingSchema,
  create: createMeeting,
  update: updateMeeting,
};

const themedActivities: YearLedgerType = {
  key: "activities",
  recordType: "ThemedActivity",
  columns: [id, branch, { field: "vehicleId", header: "vehicle", kind: "ref", ref: "vehicle", width: 24 }, choice("kind", ACTIVITY_KINDS, "activities.kinds"), date(), text("title", 30), text("organiser", 16), count("participantCount"), count("entryCount"), text("outcome", 30)],
  naturalKey: ["orgUnitId", "date", "title"],
  async load(user, year, unitIds) {
    return db.themedActivity.findMany({
      where: { ...(await recordWhere(user, unitIds)), date: yearRange(year) },
      select: { id: true, version: true, orgUnitId: true, vehicleId: true, kind: true, date: true, title: true, organiser: true, participantCount: true, entryCount: true, outcome: true, campaignIds: true },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    });
  },
  createSchema: createActivitySchema,
  updateSchema: updateActivitySchema,
  create: createActivity,
  update: updateActivity,
};

const studyTasks: YearLedgerType = {
  key: "checklist",
  recordType: "StudyTask",
  columns: [id, { field: "formId", header: "studyForm", kind: "ref", ref: "studyForm", width: 16 }, text("content", 40), date("deadline", "deadline"), text("leadUnit", 16), { field: "responsibleUnits", header: "responsibleUnits", width: 30 }, choice("status", TASK_STATUSES, "checklist.statuses"), date("completedOn", "completedOn")],
  naturalKey: ["formId", "content"],
  async load(user, year, unitIds) {
    // The checklist is the Party group's own: not part of a branch's ledger.
    if (unitIds) return [];
    await branchScope(user);
    return db.studyTask.findMany({
      where: { deletedAt: null, year },
      select: { id: true, version: true, formId: true, content: true, deadline: true, leadUnit: true, responsibleUnits: true, status: true, completedOn: true },
      orderBy: [{ deadline: "asc" }, { createdAt: "asc" }],
    });
  },
  createSchema: createStudyTaskSchema,
  updateSchema: updateStudyTaskSchema,
  create: createStudyTask,
  update: updateStudyTask,
};

const integrityActivities: YearLedgerType = {
  key: "integrity",
  recordType: "IntegrityActivity",
  columns: [
    id,
    choice("kind", INTEGRITY_KINDS, "integrity.kinds"),
    choice("organiserLevel", ORGANISER_LEVELS, "integrity.levels"),
    branch,
    date(),
    text("title", 30),
    text("content", 40),
    count("participantCount"),
    choice("talkType", TALK_TYPES, "integrity.talkTypes"),
    text("talker", 12),
    text("talkee", 12),
    choice("letterLevel", LETTER_LEVELS, "integrity.letterLevels"),
    count("lettersSigned"),
    choice("cultureForm", CULTURE_FORMS, "integrity.cultureForms"),
    choice("warningForm", WARNING_FORMS, "integrity.warningForms"),
    count("peopleReached"),
  ],
  naturalKey: ["kind", "date", "title"],
  async load(user, year, unitIds) {
    // The list's own rows: an individual talk's protected fields stay redacted for those who may not read them.
    // A redacted row cannot be updated from the workbook (the import reports it).
    const rows = await integrityLedgerRows(user, { q: undefined, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year, 11, 31)) });
    return rows.filter((row) => !unitIds || (row.orgUnitId !== null && unitIds.includes(row.orgUnitId))).map((row) => ({ ...row }));
  },
  createSchema: createIntegrityActivitySchema,
  updateSchema: updateIntegrityActivitySchema,
  create: createIntegrityActivity,
  update: updateIntegrityActivity,
};

const supervisionChecks: YearLedgerType = {
  key: "checks",
  recordType: "SupervisionCheck",
  columns: [id, choice("kind", SUPERVISION_KINDS, "integrity.checkKinds"), text("target", 30), date(), text("findings", 40), branch],
  naturalKey: ["kind", "date", "target"],
  async load(user, year, unitIds) {
    return db.supervisionCheck.findMany({
      where: { ...(await recordWhere(user, unitIds)), date: yearRange(year) },
      select: { id: true, version: true, kind: true, target: true, date: true, findings: true, orgUnitId: true, campaignIds: true },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    });
  },
  createSchema: createSupervisionCheckSchema,
  updateSchema: updateSupervisionCheckSchema,
  create: createSupervisionCheck,
  update: updateSupervisionCheck,
};

const massActivities: YearLedgerType = {
  key: "mass",
  recordType: "MassActivity",
  columns: [
    id,
    choice("kind", MASS_ACTIVITY_KINDS, "mass.kinds"),
    branch,
    date(),
    text("title", 30),
    text("organiser", 16),
    count("participantCount"),
    { field: "services", header: "services", kind: "enumList", values: VILLAGE_SERVICES, labels: "mass.services", width: 24 },
    count("peopleServed"),
    text("festival", 12),
    text("outcome", 30),
  ],
  naturalKey: ["kind", "date", "title"],
  async load(user, year, unitIds) {
    return db.massActivity.findMany({
      where: { ...(await recordWhere(user, unitIds)), date: yearRange(year) },
      select: { id: true, version: true, kind: true, orgUnitId: true, date: true, title: true, organiser: true, participantCount: true, services: true, peopleServed: true, festival: true, outcome: true, campaignIds: true },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    });
  },
  createSchema: createMassActivitySchema,
  updateSchema: updateMassActivitySchema,
  create: createMassActivity,
  update: updateMassActivity,
};

export const EDUCATION_INTEGRITY_MASS_TYPES: YearLedgerType[] = [studySessions, orgLifeMeetings, themedActivities, studyTasks, integrityActivities, supervisionChecks, massActivities];
