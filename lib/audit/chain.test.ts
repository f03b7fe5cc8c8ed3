import { describe, expect, it } from "vitest";
import { canonicalJson, chainHash, type ChainedContent } from "./chain";

const content: ChainedContent = {
  at: new Date("2024-12-31T16:00:00.000Z"),
  actorId: "u1",
  actorName: "赵党建",
  actorRole: "PARTY_OFFICE",
  action: "UPDATE",
  entity: "Member",
  entityId: "m1",
  before: { name: "张三", version: 1 },
  after: { version: 2, name: "李四" },
  ip: "127.0.0.1",
};

describe("audit hash chain", () => {
  it("hashes objects the same whatever their key order (jsonb reorders keys)", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
    expect(chainHash("x", content)).toBe(chainHash("x", { ...content, after: { name: "李四", version: 2 } }));
  });

  it("uses SM3 (64 hex digits) and changes with the content and with the previous hash", () => {
    const hash = chainHash(null, content);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(null, { ...content, actorName: "他人" })).not.toBe(hash);
    expect(chainHash(hash, content)).not.toBe(hash);
  });
});
