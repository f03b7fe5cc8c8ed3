// Audit-coverage cases of the education pillar's actions (see ../audit-coverage.test.ts).
import * as activityActions from "@/lib/activities/actions";
import * as checklistActions from "@/lib/checklist/actions";
import * as orgLifeActions from "@/lib/org-life/actions";
import { DEFAULT_FREQUENCIES } from "@/lib/org-life/schema";
import { getOrgLifeFrequencies } from "@/lib/org-life/settings";
import * as studyActions from "@/lib/study/actions";
import { day } from "../../factories";
import { testDb } from "../helpers";
import type { AuditCase } from "./types";

const branchStudy = (branchId: string) => ({ level: "BRANCH", orgUnitId: branchId, kind: "BRANCH_STUDY", date: "2024-05-08", topic: "支部集中学习" });
const studyForm = () => testDb().studyForm.create({ data: { year: 2024, name: "集体学习" } });

export const cases: Record<string, AuditCase> = {
  createStudySessionAction: {
    as: (o) => o.secretaryA.username,
    run: (o) => studyActions.createStudySessionAction({ ...branchStudy(o.branchA.id), attendeeIds: o.memberA.id }),
  },
  updateStudySessionAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => {
      const session = await testDb().studySession.create({ data: { level: "BRANCH", orgUnitId: o.branchA.id, kind: "BRANCH_STUDY", date: day("2024-05-08"), topic: "旧" } });
      return studyActions.updateStudySessionAction({ ...branchStudy(o.branchA.id), id: session.id, version: 1 });
    },
  },
  createMeetingAction: {
    as: (o) => o.secretaryA.username,
    run: (o) => orgLifeActions.createMeetingAction({ orgUnitId: o.branchA.id, kind: "THEME_DAY", date: "2024-05-08", topic: "主题党日" }),
  },
  updateMeetingAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => {
      const meeting = await testDb().orgLifeMeeting.create({ data: { orgUnitId: o.branchA.id, kind: "THEME_DAY", date: day("2024-05-08"), topic: "旧" } });
      return orgLifeActions.updateMeetingAction({ id: meeting.id, version: 1, orgUnitId: o.branchA.id, kind: "THEME_DAY", date: "2024-05-08", topic: "新" });
    },
  },
  saveFrequenciesAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const { updatedAt } = await getOrgLifeFrequencies(testDb());
      return orgLifeActions.saveFrequenciesAction({ ...DEFAULT_FREQUENCIES, THEME_DAY: "QUARTER", loadedAt: updatedAt?.toISOString() });
    },
  },
  createStudyFormAction: {
    as: (o) => o.partyOffice.username,
    run: () => checklistActions.createStudyFormAction({ year: "2024", name: "专题读书班" }),
  },
  updateStudyFormAction: {
    as: (o) => o.partyOffice.username,
    run: async () => checklistActions.updateStudyFormAction({ id: (await studyForm()).id, version: 1, year: "2024", name: "改名" }),
  },
  createStudyTaskAction: {
    as: (o) => o.partyOffice.username,
    run: async () =>
      checklistActions.createStudyTaskAction({ formId: (await studyForm()).id, content: "学习任务", deadline: "2024-06-30", leadUnit: "机关党委", status: "NOT_STARTED" }),
  },
  updateStudyTaskAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const form = await studyForm();
      const task = await testDb().studyTask.create({ data: { year: 2024, formId: form.id, content: "旧", deadline: day("2024-06-30"), leadUnit: "机关党委" } });
      return checklistActions.updateStudyTaskAction({ id: task.id, version: 1, formId: form.id, content: "新", deadline: "2024-06-30", leadUnit: "机关党委", status: "IN_PROGRESS" });
    },
  },
  createBookAction: {
    as: (o) => o.partyOffice.username,
    run: () => checklistActions.createBookAction({ date: "2024-04-01", title: "《习近平著作选读》", copies: "120", recipients: "各基层党组织" }),
  },
  updateBookAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const book = await testDb().bookDistribution.create({ data: { date: day("2024-04-01"), title: "旧", copies: 1, recipients: "x" } });
      return checklistActions.updateBookAction({ id: book.id, version: 1, date: "2024-04-01", title: "新", copies: "2", recipients: "y" });
    },
  },
  createVehicleAction: {
    as: (o) => o.partyOffice.username,
    run: () => activityActions.createVehicleAction({ year: "2024", name: "献良策" }),
  },
  updateVehicleAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const vehicle = await testDb().activityVehicle.create({ data: { year: 2024, name: "旧" } });
      return activityActions.updateVehicleAction({ id: vehicle.id, version: 1, year: "2024", name: "解难题" });
    },
  },
  createActivityAction: {
    as: (o) => o.secretaryA.username,
    run: (o) => activityActions.createActivityAction({ orgUnitId: o.branchA.id, kind: "SPEECH_CONTEST", date: "2024-06-01", title: "演讲比赛", entryCount: "12" }),
  },
  updateActivityAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => {
      const activity = await testDb().themedActivity.create({ data: { orgUnitId: o.branchA.id, kind: "READING", date: day("2024-06-01"), title: "旧" } });
      return activityActions.updateActivityAction({ id: activity.id, version: 1, orgUnitId: o.branchA.id, kind: "READING", date: "2024-06-01", title: "读书会" });
    },
  },
};
