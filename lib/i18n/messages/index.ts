// Message files are split by product area (one JSON per area and language, each holding its
// own top-level namespaces), so that areas can grow without touching each other's files.
import enCore from "./en/core.json";
import enIntegrity from "./en/integrity.json";
import enMass from "./en/mass.json";
import zhCore from "./zh-CN/core.json";
import enRecords from "./en/records.json";
import zhIntegrity from "./zh-CN/integrity.json";
import zhMass from "./zh-CN/mass.json";
import zhRecords from "./zh-CN/records.json";
import enEducation from "./en/education.json";
import zhEducation from "./zh-CN/education.json";
import enRectification from "./en/rectification.json";
import zhRectification from "./zh-CN/rectification.json";
import enManagement from "./en/management.json";
import zhManagement from "./zh-CN/management.json";
import enDashboard from "./en/dashboard.json";
import zhDashboard from "./zh-CN/dashboard.json";
import enSummary from "./en/summary.json";
import zhSummary from "./zh-CN/summary.json";
import type { Locale } from "../config";

// A leaf is a message: ICU text, or the array next-intl's build-time precompilation turns it into.
type Leaf = string | unknown[];
type Tree = { [key: string]: Leaf | Tree };
const isLeaf = (value: Leaf | Tree): value is Leaf => typeof value === "string" || Array.isArray(value);
type Merged<T extends readonly object[]> = T extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Merged<Rest> : unknown;

/**
 * Merges area files namespace by namespace, so an area can add its own keys to the shared
 * namespaces that shared code reads (`errors.`, `validation.`, `nav.`). Redefining a key another
 * file already has is a mistake and fails at once.
 */
export function mergeMessages<T extends readonly object[]>(...files: T): Merged<T> {
  const merge = (target: Tree, source: Tree, path: string) => {
    for (const [key, value] of Object.entries(source)) {
      const existing = target[key];
      if (existing === undefined) target[key] = isLeaf(value) ? value : merge({}, value, `${path}${key}.`);
      else if (isLeaf(existing) || isLeaf(value)) throw new Error(`message ${path}${key} is defined twice`);
      else merge(existing, value, `${path}${key}.`);
    }
    return target;
  };
  return files.reduce<Tree>((result, file) => merge(result, file as Tree, ""), {}) as Merged<T>;
}

export const messagesByLocale = {
  "zh-CN": mergeMessages(zhCore, zhRecords, zhIntegrity, zhMass, zhEducation, zhRectification, zhManagement, zhDashboard, zhSummary),
  en: mergeMessages(enCore, enRecords, enIntegrity, enMass, enEducation, enRectification, enManagement, enDashboard, enSummary),
} satisfies Record<Locale, object>;

export type Messages = (typeof messagesByLocale)["zh-CN"];
