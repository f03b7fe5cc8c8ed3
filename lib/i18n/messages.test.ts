import { describe, expect, it } from "vitest";
import { messagesByLocale } from "./messages";

function leaves(messages: object, prefix = ""): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe("message files", () => {
  const zh = leaves(messagesByLocale["zh-CN"]);
  const en = leaves(messagesByLocale.en);

  it("give English every string Chinese has, and no more", () => {
    expect(en.map(([key]) => key).sort()).toEqual(zh.map(([key]) => key).sort());
  });

  it("leave no string empty", () => {
    expect([...zh, ...en].filter(([, value]) => value === "").map(([key]) => key)).toEqual([]);
  });
});
