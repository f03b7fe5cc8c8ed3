import type { z } from "zod";
import { msg } from "@/lib/validation-issues";

// Records whose extra fields depend on their kind (integrity activities, mass activities): one
// form, one schema. The kind says which fields it needs; the others are stored as null, so a
// record that changed kind keeps no stale figures that a yearly sum would pick up.

type Blank<T> = Exclude<T, undefined> | null;

export function kindSpecific<const K extends string, const F extends string>(
  _kinds: readonly K[],
  fields: readonly F[],
  fieldsByKind: Record<NoInfer<K>, readonly NoInfer<F>[]>,
) {
  /** A superRefine step: each field the kind needs is present (a list: not empty). */
  function check(value: { kind: K } & { [P in F]?: unknown }, context: z.RefinementCtx) {
    for (const field of fieldsByKind[value.kind]) {
      const present = value[field];
      if (present === undefined || present === null || (Array.isArray(present) && present.length === 0)) {
        context.addIssue({ code: "custom", message: msg("required"), path: [field] });
      }
    }
  }

  /** A transform step: the fields the kind does not use become null. */
  function strip<T extends { kind: K } & { [P in F]?: unknown }>(value: T): Omit<T, F> & { [P in F]: Blank<T[P]> } {
    const needed = new Set<string>(fieldsByKind[value.kind]);
    const kept = Object.fromEntries(fields.map((field) => [field, needed.has(field) ? (value[field] ?? null) : null]));
    return { ...value, ...kept } as Omit<T, F> & { [P in F]: Blank<T[P]> };
  }

  return { check, strip, fieldsOf: (kind: K): readonly F[] => fieldsByKind[kind] };
}
