// Message files are split by product area (one JSON per area and language, each holding its
// own top-level namespaces), so that areas can grow without touching each other's files.
import enCore from "./en/core.json";
import zhCore from "./zh-CN/core.json";
import type { Locale } from "../config";

export const messagesByLocale = {
  "zh-CN": { ...zhCore },
  en: { ...enCore },
} satisfies Record<Locale, object>;

export type Messages = (typeof messagesByLocale)["zh-CN"];
