import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listAttachments } from "@/lib/attachments/service";
import { forbidden, notFound } from "@/lib/errors";
import { branchOptions } from "@/lib/integrity/pages";
import { branchScope } from "@/lib/org/scope";
import { listLeaders } from "@/lib/org/service";
import { db } from "@/lib/db/client";
import { agendaItems, cadreChanges, ideologyQuarters, partnerRecords, standardAssessments } from "./related";
import type { ManagementListQuery } from "./schema";
import { isSectionSlug, SECTION_SLUGS, sectionDef, type SectionSlug } from "./sections";
import { countSectionRecords, getSectionRecord, listSectionRecords } from "./service";
import { submissionTracker } from "./submissions";
import { todayInOrgan } from "@/lib/dates";

// What each management page shows, loaded in parallel. Pages call one of these inside loadForPage().

export function parseSection(value: string): SectionSlug {
  if (!isSectionSlug(value)) throw notFound();
  return value;
}

/** The choices a section's form and filters offer: branches, leaders and partners where it has such fields. */
export async function sectionOptions(user: CurrentUser, slug: SectionSlug) {
  const kinds = new Set(sectionDef(slug).fields.map((field) => field.kind));
  const [branches, leaders, partners] = await Promise.all([
    branchOptions(user),
    kinds.has("leader") ? listLeaders() : [],
    kinds.has("partner") ? db.jointPartner.findMany({ where: { deletedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }) : [],
  ]);
  return {
    branches,
    leaders: leaders.map((leader) => ({ id: leader.id, name: leader.title ? `${leader.displayName}（${leader.title}）` : leader.displayName })),
    partners,
    writesOrgan: can(user.role, "records.writeOrgan"),
  };
}

/** Whether the user may create records of a section at all (organ sections are the Party office's). */
export function canCreate(user: CurrentUser, slug: SectionSlug): boolean {
  return can(user.role, sectionDef(slug).scope === "organ" ? "records.writeOrgan" : "records.write");
}

export async function loadSectionList(user: CurrentUser, slug: SectionSlug, query: ManagementListQuery) {
  const year = query.year ?? todayInOrgan().getUTCFullYear();
  const [list, options, quarters] = await Promise.all([
    listSectionRecords(user, slug, query),
    sectionOptions(user, slug),
    slug === "ideology-records" ? ideologyQuarters(user, year) : null,
  ]);
  return { list, options, quarters: quarters && { year, quarters }, canCreate: canCreate(user, slug) };
}

export async function loadSectionNew(user: CurrentUser, slug: SectionSlug) {
  if (!canCreate(user, slug)) throw forbidden();
  return sectionOptions(user, slug);
}

/** The extra panel of a record's page, by section. */
async function related(user: CurrentUser, slug: SectionSlug, row: Record<string, unknown> & { id: string }) {
  switch (slug) {
    case "branch-standards":
      return { kind: "assessments" as const, assessments: await standardAssessments(user, row.id), branches: await branchOptions(user), maxScore: row.maxScore as number };
    case "party-group-meetings":
      return { kind: "agenda" as const, items: await agendaItems(row.id) };
    case "joint-partners":
      return { kind: "partner" as const, ...(await partnerRecords(user, row.id)) };
    case "committee-terms":
      return { kind: "cadres" as const, posts: await cadreChanges(row.orgUnitId as string, row.startDate as Date, row.endDate as Date) };
    case "submission-requests":
      return { kind: "tracker" as const, ...(await submissionTracker(user, row.id)) };
    default:
      return null;
  }
}

export async function loadSectionRecord(user: CurrentUser, slug: SectionSlug, id: string) {
  const record = await getSectionRecord(user, slug, id);
  const [attachments, extra] = await Promise.all([listAttachments(user, sectionDef(slug).recordType, id), related(user, slug, record.row)]);
  return { ...record, attachments, related: extra, writesOrgan: can(user.role, "records.writeOrgan"), canSubmit: can(user.role, "records.write") };
}

export async function loadSectionEdit(user: CurrentUser, slug: SectionSlug, id: string) {
  const [record, options] = await Promise.all([getSectionRecord(user, slug, id), sectionOptions(user, slug)]);
  if (!record.canEdit) throw forbidden();
  return { row: record.row, options };
}

/** The overview: each section with the number of records the user may read. */
export async function loadManagementOverview(user: CurrentUser) {
  const scope = await branchScope(user);
  const counts = await Promise.all(SECTION_SLUGS.map((slug) => countSectionRecords(user, slug, scope)));
  return SECTION_SLUGS.map((slug, index) => ({ slug, count: counts[index] }));
}
