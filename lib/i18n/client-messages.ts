import type { AbstractIntlMessages } from "next-intl";

/**
 * The message namespaces client components read (`useTranslations` in "use client" code, and
 * `validation.` for the schema messages forms translate in the browser). The root layout hands
 * only these to the browser: every page's RSC payload carried the whole catalogue before.
 * `client-messages.test.ts` scans the client components and fails when this list misses a
 * namespace they read or keeps one nothing reads.
 */
export const CLIENT_NAMESPACES = [
  "account",
  "activities",
  "admin",
  "app",
  "auth",
  "branches",
  "campaigns",
  "checklist",
  "common",
  "education",
  "errors",
  "gender",
  "integrity",
  "management",
  "mass",
  "memberPicker",
  "memberStatus",
  "nav",
  "notifications",
  "orgLife",
  "orgTypes",
  "posts",
  "records.attachments",
  "records.delete",
  "rectification",
  "roles",
  "roster",
  "securityPolicy",
  "setup",
  "study",
  "summary",
  "supervision",
  "twoFactor",
  "validation",
] as const;

const picked = new WeakMap<AbstractIntlMessages, AbstractIntlMessages>();

/** The messages under the given namespaces (dotted paths), as one tree; computed once per catalogue. */
export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[] = CLIENT_NAMESPACES): AbstractIntlMessages {
  const cached = namespaces === CLIENT_NAMESPACES ? picked.get(messages) : undefined;
  if (cached) return cached;
  const result: AbstractIntlMessages = {};
  for (const namespace of namespaces) {
    const keys = namespace.split(".");
    let source: AbstractIntlMessages[string] | undefined = messages;
    for (const key of keys) source = isTree(source) ? source[key] : undefined;
    if (source === undefined) throw new Error(`no messages under ${namespace}`);
    let target = result;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      target = (target[key] = isTree(next) ? next : {}) as AbstractIntlMessages;
    }
    target[keys[keys.length - 1]] = source;
  }
  if (namespaces === CLIENT_NAMESPACES) picked.set(messages, result);
  return result;
}

function isTree(value: unknown): value is AbstractIntlMessages {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
