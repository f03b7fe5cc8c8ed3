import { describe, expect, it } from "vitest";
import { canRound, chineseNumber, figureText, pointLead, roundedBase } from "./wording";
import { buildSummaryDocument, documentText, planItems, renderClause, type DraftContext } from "./document";
import { SUMMARY_FIGURES, type FigureValues } from "./metric-keys";

const zeroFigures = () => Object.fromEntries(Object.keys(SUMMARY_FIGURES).map((key) => [key, 0])) as FigureValues;
const context: DraftContext = { year: 2023, period: "YEAR", branchName: null, organName: "某厅", partyGroupName: "党组", dateText: "2023年12月29日" };

describe("figure wording", () => {
  it("states the exact count by default", () => {
    expect(figureText(43, false)).toBe("43");
    expect(figureText(12, true)).toBe("12");
  });
  it("offers N余 only when n ≥ 20 and n > N", () => {
    expect(roundedBase(43)).toBe(40);
    expect(figureText(43, true)).toBe("40余");
    expect(figureText(23, true)).toBe("20余");
    expect(canRound(30)).toBe(false);
    expect(figureText(30, true)).toBe("30");
    expect(canRound(19)).toBe(false);
    expect(canRound(21)).toBe(true);
  });
  it("numbers points in Chinese", () => {
    expect([1, 2, 3, 10, 11, 20, 21].map(chineseNumber)).toEqual(["一", "二", "三", "十", "十一", "二十", "二十一"]);
    expect(pointLead(2)).toBe("二是");
  });
});

describe("clauses", () => {
  it("fills figures and leaves out a clause whose figure is zero (never 0次)", () => {
    const figures = { ...zeroFigures(), "education.centralGroupSessions": 12 };
    const done = renderClause("开展中心组学习{{education.centralGroupSessions}}次[[，累计{{education.centralGroupSpeeches}}人发言]]。", figures, { year: 2023, rounding: {} });
    expect(done.inlines?.map((inline) => inline.text).join("")).toBe("开展中心组学习12次。");
    expect(done.zero).toEqual(["education.centralGroupSpeeches"]);
    const none = renderClause("监督{{integrity.supervisionChecks}}次。", figures, { year: 2023, rounding: {} });
    expect(none.inlines).toBeNull();
  });
  it("lets the office switch the 余 wording per figure", () => {
    const figures = { ...zeroFigures(), "integrity.supervisionChecks": 23 };
    const template = "监督{{integrity.supervisionChecks|余}}次。";
    const text = (rounding: Record<string, boolean>) => renderClause(template, figures, { year: 2023, rounding }).inlines?.map((inline) => inline.text).join("");
    expect(text({})).toBe("监督20余次。");
    expect(text({ "integrity.supervisionChecks": false })).toBe("监督23次。");
  });
  it("drafts a nothing-to-report document without any 0 figure and lists what it left out", () => {
    const document = buildSummaryDocument(zeroFigures(), {}, context);
    const text = documentText(document);
    expect(text).not.toMatch(/[^\d]0[次条项个篇名人种]/);
    expect(text).toContain("一、基本情况");
    expect(text).toContain("2023年党组党建工作总结及下一步工作计划");
    expect(document.omitted.map((entry) => entry.clauseId)).toContain("education.theory.sessions");
  });
  it("splits 下步打算 into items", () => {
    expect(planItems("（一）压紧压实责任。坚决扛起管党治党责任。\n（二）夯实理论武装。用好红色阵地。")).toEqual([
      { title: "压紧压实责任", detail: "坚决扛起管党治党责任。" },
      { title: "夯实理论武装", detail: "用好红色阵地。" },
    ]);
  });
});
