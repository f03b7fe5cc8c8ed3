// Vitest setupFiles entry for the `integration` project: stands in for the parts of a Next.js
// request that server actions and services read (headers, cookies, the signed-in session,
// translations, cache revalidation), so tests call the real actions and services against the
// real database. Only the request plumbing is replaced; no database call is.
import { vi } from "vitest";
import { createTranslator } from "next-intl";
import { messagesByLocale } from "@/lib/i18n/messages";
import type { SessionClaims } from "@/lib/auth/login";

const testSession = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
// A same-origin browser request by default; tests may change a header for one call.
const requestHeaders = vi.hoisted<Record<string, string>>(() => ({
  "x-forwarded-for": "127.0.0.1",
  "user-agent": "vitest",
  host: "localhost:3000",
  origin: "http://localhost:3000",
}));

/** Runs `call` with some request headers changed (undefined removes one). */
export async function withRequestHeaders<T>(changes: Record<string, string | undefined>, call: () => Promise<T>): Promise<T> {
  const saved = { ...requestHeaders };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete requestHeaders[name];
    else requestHeaders[name] = value;
  }
  try {
    return await call();
  } finally {
    for (const name of Object.keys(requestHeaders)) delete requestHeaders[name];
    Object.assign(requestHeaders, saved);
  }
}

/** Makes the following server calls run as the user holding these claims (null: anonymous). */
export function signedInAs(claims: SessionClaims | null) {
  testSession.claims = claims;
}

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (testSession.claims ? { claims: testSession.claims, expires: "" } : null),
}));

vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  return {
    headers: async () => new Headers({ ...requestHeaders }),
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
    }),
  };
});

// Cached functions run uncached: each test sees the database as it is.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: <F>(compute: F) => compute }));

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "zh-CN", messages: messagesByLocale["zh-CN"], namespace: namespace as never }),
}));
