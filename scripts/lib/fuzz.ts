// The HTTP fuzzer: malformed input to every server action the pages expose, over HTTP with
// valid sessions of a role allowed to call it, so that requests get past origin, session and
// permission checks and reach validation. It records how many did, that none answered 5xx, and
// that refused requests wrote no row (business tables are checksummed around batches).
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import pg from "pg";
import { z as zod } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import type { RoleName } from "@/lib/auth/roles";
import { REPO_ROOT } from "./pg-admin";
import type { CookieJar } from "./http-session";

export interface ExposedAction {
  id: string;
  name: string;
  file: string;
  permission: Permission;
  schema: zod.ZodType;
}

/**
 * What `defineAction({ name, permission, schema })` says of an action, read from its source:
 * action modules are server-only and cannot be imported by a script, but their schemas are
 * client-safe modules that can.
 */
async function readDefinition(file: string, exportedName: string): Promise<{ permission: Permission; schema: zod.ZodType } | undefined> {
  const source = readFileSync(path.join(REPO_ROOT, file), "utf8");
  const call = new RegExp(`export const ${exportedName} = defineAction\\(\\s*\\{([^}]*)\\}`).exec(source)?.[1];
  const schemaName = call && /schema: (\w+)/.exec(call)?.[1];
  // The permission is written in the call or in a module-level `config` spread into it.
  const permission = call && (/permission: "([^"]+)"/.exec(call) ?? /const config = \{[^}]*permission: "([^"]+)"/.exec(source))?.[1];
  if (!schemaName || !permission) return undefined;
  const importLine = new RegExp(`import \\{([^}]*)\\} from "([^"]+)"`, "g");
  for (const [, names, from] of source.matchAll(importLine)) {
    // Only the project's own modules: `z.object(…)` written inline names the zod package itself.
    if (!names.split(",").some((name) => name.trim() === schemaName) || !/^(\.|@\/)/.test(from)) continue;
    const resolved = from.startsWith("@/") ? path.join(REPO_ROOT, from.slice(2)) : path.join(REPO_ROOT, path.dirname(file), from);
    const exports = (await import(`${resolved}.ts`)) as Record<string, unknown>;
    const schema = exports[schemaName];
    if (schema instanceof zod.ZodType) return { permission: permission as Permission, schema };
  }
  return undefined;
}

/** Actions a page references (only those are reachable over HTTP), with their permission and schema. */
export async function exposedActions(): Promise<ExposedAction[]> {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const actions: ExposedAction[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    const definition = await readDefinition(entry.filename, entry.exportedName);
    if (definition) actions.push({ id, name: entry.exportedName, file: entry.filename, ...definition });
  }
  return actions.sort((a, b) => a.name.localeCompare(b.name));
}

// React's reply encoding: a string that starts with "$" is escaped with another "$".
function encodeReplyValue(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeReplyValue);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encodeReplyValue(inner)]));
  return value;
}

function fieldNames(schema: zod.ZodType): string[] {
  const shape = (schema as { shape?: object }).shape ?? (schema as { def?: { in?: { shape?: object } } }).def?.in?.shape;
  return shape ? Object.keys(shape) : [];
}

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom("", " ", "2024-02-30", "2024-12-31", "9999-99-99", "on", "true", "-1", "1e309", "<img src=x onerror=alert(1)>", "'; DROP TABLE \"User\"; --", "$@1", "\u0000", "x".repeat(3000)),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** Malformed inputs for one action: its own field names with hostile values, real ids in id fields. */
export function malformedInputs(action: ExposedAction, ids: string[], count: number): Record<string, unknown>[] {
  const fields = fieldNames(action.schema);
  const idValue = fc.oneof(fc.constantFrom(...(ids.length ? ids : ["missing"])), hostile);
  const value = (field: string) => (/id$/i.test(field) ? idValue : hostile);
  const arbitrary = fields.length
    ? fc.record(Object.fromEntries(fields.map((field) => [field, value(field)])), { requiredKeys: [] })
    : fc.dictionary(fc.string({ maxLength: 8 }), hostile, { maxKeys: 4 });
  return fc.sample(arbitrary, count) as Record<string, unknown>[];
}

export type Outcome = "ok" | "validation" | "domain" | "refused" | "server-error";

/** Calls an action the way the browser's fetch does (React reply encoding, Next-Action header). */
export async function callAction(baseUrl: string, jar: CookieJar, action: ExposedAction, input: unknown): Promise<Outcome> {
  const response = await fetch(`${baseUrl}/`, {
    method: "POST",
    headers: {
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "next-action": action.id,
      origin: baseUrl,
      cookie: jar.header(),
    },
    body: JSON.stringify([encodeReplyValue(input)]),
  });
  const body = await response.text();
  if (response.status >= 500) return "server-error";
  if (/"ok":true/.test(body)) return "ok";
  if (/"fieldErrors"/.test(body) || body.includes("提交的内容有误")) return "validation";
  if (/没有权限|只能查看和修改本支部|请求来源不明|登录已失效/.test(body)) return "refused";
  return /"ok":false/.test(body) ? "domain" : "server-error";
}

/** The role each action is fuzzed as: the first business role, else any role, holding its permission. */
export function roleFor(permission: Permission): RoleName {
  const order: RoleName[] = ["PARTY_OFFICE", "SECRETARY", "LEADER", "SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"];
  return order.find((role) => can(role, permission)) ?? "PARTY_OFFICE";
}

// Tables a refused request may still write to: the audit log (refusals are audited), session
// bookkeeping and sign-in counters.
const NOT_BUSINESS = new Set(["AuditLog", "UserSession", "LoginThrottle", "_prisma_migrations"]);

/** An md5 over every business table's rows: equal before and after means nothing was written. */
export async function businessChecksum(client: pg.Client): Promise<string> {
  const tables = (await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows
    .map((row) => row.tablename as string)
    .filter((table) => !NOT_BUSINESS.has(table));
  const parts = [];
  for (const table of tables) {
    const { rows } = await client.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`);
    parts.push(`${table}:${rows[0].sum}`);
  }
  return parts.join(",");
}

/** Real ids to put in id fields, so requests reach the services' own checks too. */
export async function sampleIds(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query(`
    (SELECT id FROM "OrgUnit" LIMIT 5) UNION ALL (SELECT id FROM "Member" LIMIT 5) UNION ALL (SELECT id FROM "Campaign" LIMIT 3)`);
  return rows.map((row) => row.id as string);
}
