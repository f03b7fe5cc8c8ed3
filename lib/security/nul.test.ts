import { describe, expect, it } from "vitest";
import { hasNulCharacter, withoutNul } from "./nul";

describe("NUL characters", () => {
  it("are found literally and percent-encoded, in either case", () => {
    expect(hasNulCharacter("http://host/list?q=a%00b")).toBe(true);
    expect(hasNulCharacter("http://host/list?from=%2Fe%00")).toBe(true);
    expect(hasNulCharacter("a\0b")).toBe(true);
    expect(hasNulCharacter("http://host/list?q=%E5%BB%89%E6%94%BF&page=100")).toBe(false);
  });

  it("are replaced where a value must be kept", () => {
    expect(withoutNul("a\0b\0")).toBe("a\uFFFDb\uFFFD");
  });
});
