import { createHash } from "node:crypto";

// Tamper evidence for the audit log: each row's hash is SM3 (国密, in Node's OpenSSL) over the
// previous row's hash and the row's own content in a canonical form. PostgreSQL's jsonb does not
// keep key order, so objects are hashed with sorted keys; verification re-reads the rows and
// recomputes the same way.

export interface ChainedContent {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/** JSON with object keys sorted at every depth; undefined and null both become null. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function chainHash(prevHash: string | null, content: ChainedContent): string {
  return createHash("sm3")
    .update(prevHash ?? "")
    .update("\n")
    .update(canonicalJson(content))
    .digest("hex");
}
