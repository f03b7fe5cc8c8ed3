// Message files are split by product area (one JSON per area and language, each holding its
// own top-level namespaces), so that areas can grow without touching each other's files.
import enCore from "./en/core.json";
import zhCore from "./zh-CN/core.json";
import enEducation from "./en/education.json";
import zhEducation from "./zh-CN/education.json";
import type { Locale } from "../config";

export const messagesByLocale = {
  "zh-CN": { ...zhCore, ...zhEducation },
  en: { ...enCore, ...enEducation },
} satisfies Record<Locale, object>;

export type Messages = (typeof messagesByLocale)["zh-CN"];
