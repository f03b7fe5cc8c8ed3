import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import zh from "./messages/zh-CN.json";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("message files", () => {
  it("give English every string Chinese has, and no more", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it("leave no string empty", () => {
    for (const messages of [zh, en]) {
      const empty = keys(messages).filter((key) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) === "");
      expect(empty).toEqual([]);
    }
  });
});
