// Message files are split by product area (one JSON per area and language, each holding its
// own top-level namespaces), so that areas can grow without touching each other's files.
import enCore from "./en/core.json";
import enIntegrity from "./en/integrity.json";
import enMass from "./en/mass.json";
import zhCore from "./zh-CN/core.json";
import zhIntegrity from "./zh-CN/integrity.json";
import zhMass from "./zh-CN/mass.json";
import type { Locale } from "../config";

export const messagesByLocale = {
  "zh-CN": { ...zhCore, ...zhIntegrity, ...zhMass },
  en: { ...enCore, ...enIntegrity, ...enMass },
} satisfies Record<Locale, object>;

export type Messages = (typeof messagesByLocale)["zh-CN"];
