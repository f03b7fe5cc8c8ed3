import "server-only";
import type { Permission } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import type { LedgerSheet } from "./workbook";
import { auditLedger } from "@/lib/audit/ledger";
import { rosterLedger } from "./roster";
import { integrityActivityLedger, supervisionCheckLedger } from "@/lib/integrity/ledgers";
import { massActivityLedger } from "@/lib/mass/ledger";
import { studyLedger } from "@/lib/study/ledger";
import { orgLifeLedger } from "@/lib/org-life/ledger";
import { booksLedger, checklistLedger } from "@/lib/checklist/ledger";
import { activitiesLedger } from "@/lib/activities/ledger";
import { MANAGEMENT_LEDGERS } from "@/lib/management/ledger";
import { rectificationLedger } from "@/lib/rectification/ledger";

// Every downloadable ledger (台账), by the `type` of GET /api/ledger/[type]. A ledger loads the
// same query as its list page, with the list's own filters taken from the URL, so the file is
// exactly what the user was looking at. Pillar areas add their entries here.

export interface LedgerDefinition {
  /** Checked before load(); load() applies the row rules (branch scope) itself. */
  permission: Permission;
  load(user: CurrentUser, params: URLSearchParams): Promise<{ fileName: string; sheets: LedgerSheet[] }>;
}

export const LEDGERS: Record<string, LedgerDefinition> = {
  roster: rosterLedger,
  audit: auditLedger,
  "integrity-activities": integrityActivityLedger,
  "supervision-checks": supervisionCheckLedger,
  "mass-activities": massActivityLedger,
  study: studyLedger,
  "org-life": orgLifeLedger,
  checklist: checklistLedger,
  books: booksLedger,
  activities: activitiesLedger,
  ...MANAGEMENT_LEDGERS,
  rectification: rectificationLedger,
};
