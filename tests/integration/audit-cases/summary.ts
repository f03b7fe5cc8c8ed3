// Audit-coverage cases of the summary workspace's actions (see ../audit-coverage.test.ts).
import * as summaryActions from "@/lib/summary/actions";
import type { AuditCase } from "./types";

const organSummary = { year: 2025, period: "YEAR" as const, orgUnitId: null };

export const cases: Record<string, AuditCase> = {
  saveSummaryAction: {
    as: (o) => o.partyOffice.username,
    run: () => summaryActions.saveSummaryAction({ ...organSummary, draftVersion: 0, problems: "（一）理论学习还不够系统深入。" }),
  },
  freezeSummaryAction: {
    as: (o) => o.partyOffice.username,
    run: () => summaryActions.freezeSummaryAction({ ...organSummary, period: "H1" }),
  },
  submitBranchSummaryAction: {
    as: (o) => o.secretaryA.username,
    run: (o) => summaryActions.submitBranchSummaryAction({ ...organSummary, orgUnitId: o.branchA.id }),
  },
  summaryPlansToTasksAction: {
    as: (o) => o.partyOffice.username,
    run: async () => {
      const key = { ...organSummary, period: "H2" as const };
      await summaryActions.saveSummaryAction({ ...key, draftVersion: 0, plans: "（一）压紧压实责任。逐级传导压力。" });
      return summaryActions.summaryPlansToTasksAction(key);
    },
  },
};
