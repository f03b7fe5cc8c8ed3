// Property tests over every zod schema in the code base (found by globbing, so a new schema is
// covered the day it is written): whatever a client sends, parsing never throws, and every
// message a schema produces is a translation key that exists in both languages.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { messagesByLocale } from "@/lib/i18n/messages";

const modules = import.meta.glob<Record<string, unknown>>(["./**/schema.ts", "./**/*-schema.ts", "./**/schema/*.ts"], { eager: true });

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => value instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${file.replace("./", "lib/")} ${name}`, schema: schema as z.ZodType })),
);

function hasKey(messages: object, key: string): boolean {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages) !== undefined;
}

/** Field names the schema knows, so most generated objects hit real fields with hostile values. */
function fieldNames(schema: z.ZodType): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape ?? (schema as { def?: { in?: { shape?: object } } }).def?.in?.shape;
  return shape ? Object.keys(shape) : [];
}

const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom("", " ", "0", "-1", "1e309", "NaN", "2024-02-30", "2024-12-31", "on", "true", "null", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "x".repeat(5000)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
);

describe("every zod schema withstands arbitrary input", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(10);
  });

  for (const { name, schema } of schemas) {
    it(`${name}: never throws, and speaks only in known message keys`, () => {
      const fields = fieldNames(schema);
      const input = fields.length
        ? fc.dictionary(fc.oneof(fc.constantFrom(...fields), fc.string()), hostileValue, { maxKeys: fields.length + 2 })
        : fc.oneof(hostileValue, fc.object());
      fc.assert(
        fc.property(input, (value) => {
          const result = schema.safeParse(value);
          if (result.success) return;
          for (const issue of result.error.issues) {
            expect(issue.message.length).toBeGreaterThan(0);
            if (issue.message.startsWith("validation.")) {
              const key = issue.message.split(":")[0];
              expect(hasKey(messagesByLocale["zh-CN"], key), key).toBe(true);
              expect(hasKey(messagesByLocale.en, key), key).toBe(true);
            }
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
