// Audit-coverage cases of the management actions (see ../audit-coverage.test.ts).
import * as managementActions from "@/lib/management/actions";
import { PDF_BYTES } from "../../support/sample-files";
import { testDb } from "../helpers";
import type { AuditCase } from "./types";

const request = () => testDb().submissionRequest.create({ data: { title: "年度工作计划", dueDate: new Date(Date.UTC(2025, 2, 10)) } });
const meeting = () => testDb().partyGroupMeeting.create({ data: { title: "党组会", date: new Date(Date.UTC(2025, 1, 10)) } });

export const cases: Record<string, AuditCase> = {
  createManagementRecordAction: {
    as: (o) => o.secretaryA.username,
    run: (o) => managementActions.createManagementRecordAction({ section: "publicity-items", channel: "WECHAT", title: "支部活动报道", date: "2025-06-01", orgUnitId: o.branchA.id }),
  },
  updateManagementRecordAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const training = await testDb().partyTraining.create({ data: { title: "党务干部培训", date: new Date(Date.UTC(2025, 8, 1)) } });
      return managementActions.updateManagementRecordAction({ section: "party-trainings", id: training.id, version: 1, title: "党务干部培训班", date: "2025-09-02", participantCount: "30" });
    },
  },
  submitDocumentAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => {
      const { id } = await request();
      return managementActions.submitDocumentAction({ requestId: id, orgUnitId: o.branchA.id, files: [new File([new Uint8Array(PDF_BYTES)], "计划.pdf")] });
    },
  },
  assessBranchAction: {
    as: (o) => o.partyOffice.username,
    run: async (o) => {
      const standard = await testDb().branchStandard.create({ data: { year: 2025, title: "三会一课落实", indicatorType: "CONSTRAINT", maxScore: 10 } });
      return managementActions.assessBranchAction({ standardId: standard.id, orgUnitId: o.branchA.id, score: "9", met: "on" });
    },
  },
  addAgendaItemAction: {
    as: (o) => o.partyOffice.username,
    run: async () => managementActions.addAgendaItemAction({ meetingId: (await meeting()).id, topic: "IDEOLOGY", title: "研究意识形态工作", decision: "按季度分析研判" }),
  },
  removeAgendaItemAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const item = await testDb().agendaItem.create({ data: { meetingId: (await meeting()).id, topic: "PARTY_BUILDING", title: "研究党建工作" } });
      return managementActions.removeAgendaItemAction({ id: item.id });
    },
  },
};
