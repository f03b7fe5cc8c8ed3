import "server-only";
import { getTranslations } from "next-intl/server";
import { formatCalendarDate, todayInOrgan } from "@/lib/dates";
import type { LedgerDefinition } from "@/lib/ledger/registry";
import type { LedgerColumn } from "@/lib/ledger/workbook";
import { branchOptions } from "@/lib/integrity/pages";
import { fieldText } from "./format";
import { managementListQuerySchema } from "./schema";
import { SECTION_SLUGS, sectionDef, type SectionSlug } from "./sections";
import { sectionLedgerRows } from "./service";

// Each management section's list as an Excel ledger (台账): the list's own query and filters,
// every field of the record as a column.

function sectionLedger(slug: SectionSlug): LedgerDefinition {
  return {
    permission: "records.read",
    async load(user, params) {
      const query = managementListQuerySchema.parse(Object.fromEntries(params));
      const [rows, t, branches] = await Promise.all([sectionLedgerRows(user, slug, query), getTranslations("management"), branchOptions(user)]);
      const names = new Map(branches.map((branch) => [branch.id, branch.name]));
      const fields = sectionDef(slug).fields;
      const title = t(`sections.${slug}.title`);
      return {
        fileName: `${title}${formatCalendarDate(todayInOrgan())}`,
        sheets: [
          {
            name: title,
            columns: fields.map((field): LedgerColumn => ({ header: t(`fields.${field.name}`), key: field.name, width: field.kind === "textarea" ? 40 : 18 })),
            rows: rows.map((row) => Object.fromEntries(fields.map((field) => [field.name, fieldText(field, row, t, names)]))),
          },
        ],
      };
    },
  };
}

export const MANAGEMENT_LEDGERS: Record<string, LedgerDefinition> = Object.fromEntries(SECTION_SLUGS.map((slug) => [`management-${slug}`, sectionLedger(slug)]));
