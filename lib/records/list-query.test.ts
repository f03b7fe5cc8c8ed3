import { describe, expect, it } from "vitest";
import { dateRangeWhere, listChoice, pageArgs, recordListQuerySchema } from "./list-query";

describe("recordListQuerySchema", () => {
  it("reads a list's filters from the URL", () => {
    expect(recordListQuerySchema.parse({ page: "3", q: " 学习 ", branch: "b1", from: "2025-01-01", to: "2025-12-31", campaign: "c1", kind: "THEME_DAY" })).toEqual({
      page: 3,
      q: "学习",
      branch: "b1",
      from: new Date(Date.UTC(2025, 0, 1)),
      to: new Date(Date.UTC(2025, 11, 31)),
      campaign: "c1",
      kind: "THEME_DAY",
    });
  });

  it("treats anything unusable as no filter instead of failing", () => {
    expect(
      recordListQuerySchema.parse({ page: "-2", q: ["a", "b"], branch: "", from: "2025-02-30", to: "yesterday", campaign: "x".repeat(80), status: ["A", "B"] }),
    ).toEqual({ page: 1 });
    expect(recordListQuerySchema.extend({ kind: listChoice(["A", "B"]) }).parse({ kind: "C" })).toEqual({ page: 1 });
  });
});

describe("dateRangeWhere and pageArgs", () => {
  it("filters inclusively and only on the ends given", () => {
    const from = new Date(Date.UTC(2025, 0, 1));
    const to = new Date(Date.UTC(2025, 5, 30));
    expect(dateRangeWhere(undefined, undefined)).toBeUndefined();
    expect(dateRangeWhere(from, undefined)).toEqual({ gte: from });
    expect(dateRangeWhere(from, to)).toEqual({ gte: from, lte: to });
  });

  it("pages from 1", () => {
    expect(pageArgs(1, 20)).toEqual({ skip: 0, take: 20 });
    expect(pageArgs(3, 20)).toEqual({ skip: 40, take: 20 });
  });
});
