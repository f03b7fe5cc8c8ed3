import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientModules, ROOT } from "@/tests/support/client-modules";

// Forms load zod with their schema on first use (action-form.tsx); one static import of a module
// that imports zod from anything the browser loads puts its 33 KB gz back before first paint.
describe("modules the browser loads", () => {
  it("import no zod (forms load it with their schema, from the area's schema module)", () => {
    const importingZod = clientModules().filter((file) => /(?:import|export)\s+(?!type\s)[^;]*?from\s+["']zod(?:\/[^"']*)?["']/.test(readFileSync(file, "utf8")));
    expect(importingZod.map((file) => path.relative(ROOT, file))).toEqual([]);
  });
});
