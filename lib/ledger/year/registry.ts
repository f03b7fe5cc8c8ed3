import "server-only";
import { EDUCATION_INTEGRITY_MASS_TYPES } from "./definitions";
import type { YearLedgerType } from "./types";

/**
 * The record types of the year ledger workbook, one sheet each (and their people sheets).
 * The management record types (supervision, rectification, joint-building, publicity…) add
 * their YearLedgerType here once their forms and services exist.
 */
export const YEAR_LEDGER_TYPES: readonly YearLedgerType[] = [...EDUCATION_INTEGRITY_MASS_TYPES];
