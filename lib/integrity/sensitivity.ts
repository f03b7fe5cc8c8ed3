import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/session";
import type { RoleName } from "@/lib/auth/roles";
import { branchScope } from "@/lib/org/scope";
import { PROTECTED_TALK_TYPES } from "./schema";

// Who may read what of an integrity activity. The rule, in one place:
//
// - Every business role reads the records of its scope (a secretary: their branch's and the
//   organ-level ones; the Party office and leadership: all), deleted rows never.
// - A protected talk is a 廉政谈话 (kind TALK) of type INDIVIDUAL or REMINDER (see
//   PROTECTED_TALK_TYPES). Its title, content, talker and talkee are readable only by the Party
//   office and leadership, and — for a talk a branch recorded (organiser level BRANCH) — by that
//   branch's secretary. An organ-level talk (Party group or 机关纪委, entered by the Party office)
//   stays hidden from every secretary.
// - Whoever may not read those fields sees the row only with them blanked (lists, ledgers), is
//   refused its detail page, and finds it through counts — keyword search never looks into them.
//
// Anyone allowed to write a record (assertCanWriteRecord) may also read its protected fields,
// so an edit form never needs what its author cannot see.
//
// Everything is built as SQL over the alias `a` (the "IntegrityActivity" row), so the database
// itself leaves the protected columns out of the result; nothing is filtered afterwards in JS.

/** Roles that read every protected talk. */
const READS_ALL_TALKS: readonly RoleName[] = ["PARTY_OFFICE", "LEADER"];

/** The columns a protected talk hides. */
export const PROTECTED_FIELDS = ["title", "content", "talker", "talkee"] as const;

export interface IntegrityVisibility {
  /** WHERE fragment: the rows the user may see at all. */
  readable: Prisma.Sql;
  /** Boolean SQL expression: the row's protected fields are readable to the user. */
  contentVisible: Prisma.Sql;
  /** SELECT list of every column a page shows, protected ones NULL where not readable, plus `redacted`. */
  columns: Prisma.Sql;
  /** WHERE fragment for a keyword: matches protected fields only where they are readable. */
  matches(keyword: string): Prisma.Sql;
}

/** Escapes LIKE wildcards so a keyword is matched literally. */
function containsPattern(keyword: string): string {
  return `%${keyword.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The one visibility rule for integrity activities, as SQL for list, detail and ledger queries. */
export async function integrityVisibility(user: CurrentUser): Promise<IntegrityVisibility> {
  const scope = await branchScope(user);
  const readable =
    scope.kind === "all"
      ? Prisma.sql`a."deletedAt" IS NULL`
      : Prisma.sql`a."deletedAt" IS NULL AND (a."orgUnitId" IS NULL OR a."orgUnitId" = ANY(${scope.unitIds}::text[]))`;

  const isProtected = Prisma.sql`(a.kind = 'TALK' AND a."talkType" IS NOT NULL AND a."talkType"::text IN (${Prisma.join([...PROTECTED_TALK_TYPES])}))`;
  const readsProtected = READS_ALL_TALKS.includes(user.role)
    ? Prisma.sql`TRUE`
    : user.role === "SECRETARY" && scope.kind === "units"
      ? Prisma.sql`(a."organiserLevel" = 'BRANCH' AND a."orgUnitId" = ANY(${scope.unitIds}::text[]))`
      : Prisma.sql`FALSE`;
  const contentVisible = Prisma.sql`(NOT ${isProtected} OR ${readsProtected})`;

  const guarded = (column: string) => Prisma.sql`CASE WHEN ${contentVisible} THEN a.${Prisma.raw(`"${column}"`)} END AS ${Prisma.raw(`"${column}"`)}`;
  const columns = Prisma.sql`a.id, a.kind::text AS kind, a."organiserLevel"::text AS "organiserLevel", a."orgUnitId", a.date,
    ${Prisma.join(PROTECTED_FIELDS.map(guarded))},
    a."participantCount", a."talkType"::text AS "talkType", a."letterLevel"::text AS "letterLevel", a."lettersSigned",
    a."cultureForm"::text AS "cultureForm", a."warningForm"::text AS "warningForm", a."peopleReached",
    COALESCE(a."campaignIds", '{}') AS "campaignIds",
    a.version, a."createdAt", NOT ${contentVisible} AS redacted`;

  const matches = (keyword: string) => {
    const pattern = containsPattern(keyword);
    return Prisma.sql`(${contentVisible} AND (a.title ILIKE ${pattern} OR a.content ILIKE ${pattern} OR a.talker ILIKE ${pattern} OR a.talkee ILIKE ${pattern}))`;
  };

  return { readable, contentVisible, columns, matches };
}

/** Whether a stored row is a protected talk — for audit snapshots, which must not carry its content. */
export function isProtectedTalk(row: { kind: string; talkType: string | null }): boolean {
  return row.kind === "TALK" && row.talkType !== null && (PROTECTED_TALK_TYPES as readonly string[]).includes(row.talkType);
}
