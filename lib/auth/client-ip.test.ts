import { afterEach, describe, expect, it } from "vitest";
import { clientIpFromHeaders } from "./client-ip";

const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;

afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

describe("client address", () => {
  it("uses the socket peer and ignores a forwarded address the client made up", () => {
    expect(clientIpFromHeaders(headers({ "x-peer-address": "::ffff:203.0.113.5", "x-forwarded-for": "1.2.3.4" }))).toBe("203.0.113.5");
  });

  it("believes X-Forwarded-For only as far as the configured trusted proxies reach", () => {
    process.env.TRUSTED_PROXIES = "10.0.0.2, 10.0.0.3";
    // client → 10.0.0.3 → 10.0.0.2 → app; a spoofed first entry stays ignored.
    expect(clientIpFromHeaders(headers({ "x-peer-address": "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.3" }))).toBe("198.51.100.4");
    expect(clientIpFromHeaders(headers({ "x-peer-address": "198.51.100.9", "x-forwarded-for": "6.6.6.6" }))).toBe("198.51.100.9");
  });
});
