import { describe, expect, it } from "vitest";
import { mergeMessages } from "./messages";

describe("mergeMessages", () => {
  it("lets an area add keys to a shared namespace", () => {
    expect(mergeMessages({ errors: { a: "甲" }, nav: { x: "X" } }, { errors: { b: "乙" }, records: { c: "丙" } })).toEqual({
      errors: { a: "甲", b: "乙" },
      nav: { x: "X" },
      records: { c: "丙" },
    });
  });

  it("keeps precompiled messages (arrays) as messages", () => {
    expect(mergeMessages({ common: { count: ["共 ", ["n"], " 条"] } }, { common: { other: "乙" } })).toEqual({
      common: { count: ["共 ", ["n"], " 条"], other: "乙" },
    });
    expect(() => mergeMessages({ common: { count: ["共 ", ["n"]] } }, { common: { count: "另一个" } })).toThrow("common.count");
  });

  it("refuses a key defined twice", () => {
    expect(() => mergeMessages({ errors: { a: "甲" } }, { errors: { a: "另一个甲" } })).toThrow("errors.a");
    expect(() => mergeMessages({ errors: { a: "甲" } }, { errors: { a: { b: "乙" } } })).toThrow("errors.a");
  });
});
