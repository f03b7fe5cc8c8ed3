// Audit-coverage cases of the mass-organisation actions (see ../audit-coverage.test.ts).
import * as massActions from "@/lib/mass/actions";
import { createMassActivity } from "../../factories";
import { testDb } from "../helpers";
import type { AuditCase } from "./types";

export const cases: Record<string, AuditCase> = {
  createMassActivityAction: {
    as: (o) => o.secretaryA.username,
    run: (o) =>
      massActions.createMassActivityAction({
        kind: "VILLAGE_VISIT",
        orgUnitId: o.branchA.id,
        date: "2025-04-01",
        title: "赴共建村义诊",
        services: ["HEALTH_CLINIC"],
        peopleServed: "30",
      }),
  },
  updateMassActivityAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const activity = await createMassActivity(testDb());
      return massActions.updateMassActivityAction({ id: activity.id, version: 1, kind: "PROMOTION_MEETING", date: "2025-03-01", title: "文明单位创建工作推进会" });
    },
  },
  createMassOrganizationAction: {
    as: (o) => o.partyOffice.username,
    run: () => massActions.createMassOrganizationAction({ kind: "YOUTH", name: "机关团委" }),
  },
  updateMassOrganizationAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const organization = await testDb().massOrganization.create({ data: { kind: "WOMEN", name: "妇委会" } });
      return massActions.updateMassOrganizationAction({ id: organization.id, version: 1, kind: "WOMEN", name: "机关妇委会" });
    },
  },
};
