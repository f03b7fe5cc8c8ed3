import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./origin";

const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe("same-origin check for state-changing calls", () => {
  it("accepts an Origin naming this host", () => {
    expect(isSameOrigin(headers({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://dj.example.gov.cn", host: "10.0.0.5:3000", "x-forwarded-host": "dj.example.gov.cn" }))).toBe(true);
  });

  it("refuses a missing, opaque, malformed or foreign Origin", () => {
    expect(isSameOrigin(headers({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "not a url", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://localhost:3000" }))).toBe(false);
  });
});
