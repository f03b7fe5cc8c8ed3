// The drafted summary as a document: the template (./template.ts) with the office's edits,
// filled with the period's figures. Pure and browser-safe: the workspace renders it live, the
// .docx export and the frozen snapshots read the same structure.

import { isMetricKey, type FigureValues, type SummaryMetricKey } from "./metric-keys";
import { BRANCH_OPENING, BRANCH_PARTS, ORGAN_OPENING, ORGAN_PARTS, type ClauseTemplate, type PartTemplate } from "./template";
import { canRound, chineseNumber, figureText, pointLead } from "./wording";

export type Inline = { kind: "text"; text: string } | { kind: "figure"; metric: SummaryMetricKey; value: number; text: string };

export interface DocParagraph {
  /** title; heading1 一、; heading2 （一） on its own line; body. */
  style: "title" | "heading1" | "heading2" | "body";
  inlines: Inline[];
  /** The clause ids this paragraph holds, so the workspace can offer each for editing. */
  clauseIds?: string[];
}

export interface OmittedClause {
  clauseId: string;
  /** The figures that were zero. */
  metrics: SummaryMetricKey[];
}

export interface SummaryDocument {
  title: string;
  paragraphs: DocParagraph[];
  /** Issuing organ and date, right-aligned at the end. */
  signature: { organ: string; date: string };
  omitted: OmittedClause[];
  /** Figures the draft states, for the snapshot and the 余 option. */
  stated: SummaryMetricKey[];
}

export interface DraftContent {
  title?: string | null;
  opening?: string | null;
  problems?: string | null;
  causes?: string | null;
  plans?: string | null;
  clauses?: Record<string, string> | null;
  rounding?: Record<string, boolean> | null;
}

export interface DraftContext {
  year: number;
  period: "YEAR" | "H1" | "H2";
  /** The branch's name for a branch summary; null for the organ's. */
  branchName: string | null;
  organName: string;
  partyGroupName: string;
  /** yyyy年m月d日, the signature's date. */
  dateText: string;
}

const PERIOD_WORD = { YEAR: "", H1: "上半年", H2: "下半年" } as const;

export function defaultTitle(context: DraftContext): string {
  const body = context.branchName ? `${context.branchName}党建工作总结` : `${context.partyGroupName}党建工作总结`;
  return context.period === "YEAR" ? `${context.year}年${body}及下一步工作计划` : `${context.year}年${PERIOD_WORD[context.period]}${body}`;
}

const TOKEN = /\{\{([\w.]+)(\|余)?\}\}/g;
const OPTIONAL = /\[\[([\s\S]*?)\]\]/g;

/** The metrics a piece of template text names, and which of them are zero. */
function zeroMetrics(text: string, figures: FigureValues): SummaryMetricKey[] {
  return [...text.matchAll(TOKEN)].map((match) => match[1]).filter((key): key is SummaryMetricKey => isMetricKey(key) && figures[key] === 0);
}

/**
 * A clause as inlines, or null when a figure it needs is zero. Optional segments [[…]] are
 * dropped on their own when their figures are zero; the figures they held are still reported.
 */
export function renderClause(
  text: string,
  figures: FigureValues,
  context: { year: number; rounding: Record<string, boolean> },
): { inlines: Inline[] | null; zero: SummaryMetricKey[] } {
  const zero: SummaryMetricKey[] = [];
  const kept = text.replace(OPTIONAL, (_, segment: string) => {
    const missing = zeroMetrics(segment, figures);
    zero.push(...missing);
    return missing.length ? "" : segment;
  });
  const required = zeroMetrics(kept, figures);
  zero.push(...required);
  if (required.length) return { inlines: null, zero };
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of kept.matchAll(TOKEN)) {
    const [whole, key, roundMark] = match;
    if (match.index > last) inlines.push({ kind: "text", text: kept.slice(last, match.index) });
    last = match.index + whole.length;
    if (key === "year") inlines.push({ kind: "text", text: String(context.year) });
    else if (isMetricKey(key)) {
      const value = figures[key];
      const rounded = context.rounding[key] ?? Boolean(roundMark);
      inlines.push({ kind: "figure", metric: key, value, text: figureText(value, rounded) });
    } else inlines.push({ kind: "text", text: whole });
  }
  if (last < kept.length) inlines.push({ kind: "text", text: kept.slice(last) });
  return { inlines, zero };
}

const text = (value: string): Inline => ({ kind: "text", text: value });

/** Narrative text the office wrote: one paragraph per non-empty line. */
export function narrativeParagraphs(value: string | null | undefined): DocParagraph[] {
  return (value ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ style: "body", inlines: [text(line)] }));
}

/** The items of 四、下步打算: each paragraph that opens with （一）, （二）… (or every paragraph when none does). */
export function planItems(plans: string | null | undefined): { title: string; detail: string }[] {
  const lines = narrativeParagraphs(plans).map((paragraph) => (paragraph.inlines[0] as { text: string }).text);
  const numbered = lines.filter((line) => /^（[一二三四五六七八九十]+）/.test(line));
  return (numbered.length ? numbered : lines).map((line) => {
    const body = line.replace(/^（[一二三四五六七八九十]+）/, "");
    const end = body.search(/[。；]/);
    return end > 0 ? { title: body.slice(0, end), detail: body.slice(end + 1).trim() } : { title: body.slice(0, 100), detail: "" };
  });
}

function partParagraphs(parts: PartTemplate[], figures: FigureValues, content: DraftContent, context: DraftContext, omitted: OmittedClause[], stated: Set<SummaryMetricKey>) {
  const paragraphs: DocParagraph[] = [];
  const rounding = content.rounding ?? {};
  const clauseText = (clause: ClauseTemplate) => content.clauses?.[clause.id] ?? clause.text;
  parts.forEach((part, partIndex) => {
    paragraphs.push({ style: "heading2", inlines: [text(`（${chineseNumber(partIndex + 1)}）${part.heading}`)] });
    const inlines: Inline[] = part.intro ? [text(part.intro)] : [];
    const clauseIds: string[] = [];
    let pointNumber = 0;
    for (const point of part.points) {
      const body: Inline[] = [];
      for (const clause of point.clauses) {
        const rendered = renderClause(clauseText(clause), figures, { year: context.year, rounding });
        const conditionHolds = clause.onlyIf ? clause.onlyIf(figures) : true;
        if (rendered.zero.length) omitted.push({ clauseId: clause.id, metrics: rendered.zero });
        if (!rendered.inlines || !conditionHolds) continue;
        clauseIds.push(clause.id);
        for (const inline of rendered.inlines) if (inline.kind === "figure") stated.add(inline.metric);
        body.push(...rendered.inlines);
      }
      if (!body.length) continue;
      pointNumber += 1;
      inlines.push(text(`${pointLead(pointNumber)}${point.lead}`), ...body);
    }
    if (inlines.length) paragraphs.push({ style: "body", inlines: mergeText(inlines), clauseIds });
  });
  return paragraphs;
}

/** Adjacent text runs joined, so the document has no needless run breaks. */
function mergeText(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const previous = merged.at(-1);
    if (inline.kind === "text" && previous?.kind === "text") previous.text += inline.text;
    else merged.push({ ...inline });
  }
  return merged;
}

/** The whole draft: template + edits + figures. */
export function buildSummaryDocument(figures: FigureValues, content: DraftContent, context: DraftContext): SummaryDocument {
  const omitted: OmittedClause[] = [];
  const stated = new Set<SummaryMetricKey>();
  const parts = context.branchName ? BRANCH_PARTS : ORGAN_PARTS;
  const opening = content.opening ?? (context.branchName ? BRANCH_OPENING : ORGAN_OPENING);
  const paragraphs: DocParagraph[] = [
    { style: "title", inlines: [text(content.title || defaultTitle(context))] },
    ...narrativeParagraphs(opening),
    { style: "heading1", inlines: [text("一、基本情况")] },
    ...partParagraphs(parts, figures, content, context, omitted, stated),
    { style: "heading1", inlines: [text("二、存在问题")] },
    ...narrativeParagraphs(content.problems),
    { style: "heading1", inlines: [text("三、原因分析")] },
    ...narrativeParagraphs(content.causes),
    { style: "heading1", inlines: [text(context.period === "H1" ? "四、下半年打算" : "四、下步打算")] },
    ...narrativeParagraphs(content.plans),
  ];
  return {
    title: content.title || defaultTitle(context),
    paragraphs,
    signature: { organ: context.branchName ? `${context.branchName}` : `${context.organName}${context.partyGroupName}`, date: context.dateText },
    omitted,
    stated: [...stated],
  };
}

/** The document as plain text (one paragraph a line), for snapshots, comparison and tests. */
export function documentText(document: SummaryDocument): string {
  return [...document.paragraphs.map((paragraph) => paragraph.inlines.map((inline) => inline.text).join("")), document.signature.organ, document.signature.date].join("\n");
}

/** Figures the office may state as "N余". */
export function roundableMetrics(figures: FigureValues, document: SummaryDocument): SummaryMetricKey[] {
  return document.stated.filter((key) => canRound(figures[key]));
}


/** Every clause of 基本情况 with its current template text, for the editor. */
export function editableClauses(isBranch: boolean, content: DraftContent): { id: string; text: string }[] {
  return (isBranch ? BRANCH_PARTS : ORGAN_PARTS).flatMap((part) => part.points.flatMap((point) => point.clauses.map((clause) => ({ id: clause.id, text: content.clauses?.[clause.id] ?? clause.text }))));
}
