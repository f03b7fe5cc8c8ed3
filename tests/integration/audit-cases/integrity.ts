// Audit-coverage cases of the integrity actions (see ../audit-coverage.test.ts).
import * as integrityActions from "@/lib/integrity/actions";
import { createIntegrityActivity, createSupervisionCheck } from "../../factories";
import { testDb } from "../helpers";
import type { AuditCase } from "./types";

export const cases: Record<string, AuditCase> = {
  createIntegrityActivityAction: {
    as: (o) => o.secretaryA.username,
    run: (o) =>
      integrityActions.createIntegrityActivityAction({
        kind: "TALK",
        organiserLevel: "BRANCH",
        orgUnitId: o.branchA.id,
        date: "2025-04-01",
        title: "廉政提醒谈话",
        talkType: "REMINDER",
        talker: "支部书记",
        talkee: "某党员",
      }),
  },
  updateIntegrityActivityAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const activity = await createIntegrityActivity(testDb());
      return integrityActions.updateIntegrityActivityAction({ id: activity.id, version: 1, kind: "INTEGRITY_MEETING", organiserLevel: "PARTY_GROUP", date: "2025-01-15", title: "党风廉政建设工作会议" });
    },
  },
  createSupervisionCheckAction: {
    as: (o) => o.partyOffice.username,
    run: () => integrityActions.createSupervisionCheckAction({ kind: "PROJECT_REVIEW", target: "重点项目评审", date: "2025-05-01" }),
  },
  updateSupervisionCheckAction: {
    as: (o) => o.secretaryA.username,
    run: async (o) => {
      const check = await createSupervisionCheck(testDb(), { orgUnitId: o.branchA.id });
      return integrityActions.updateSupervisionCheckAction({ id: check.id, version: 1, kind: "ROUTINE", target: "日常监督", date: "2025-05-02", orgUnitId: o.branchA.id });
    },
  },
};
