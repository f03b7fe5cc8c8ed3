import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "@/lib/dates";
import { buildWorkbook } from "./workbook";

async function readBack(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("buildWorkbook", () => {
  it("writes Chinese headers, a frozen filtered header row, real dates and 是/否", async () => {
    const bytes = await buildWorkbook([
      {
        name: "组织生活",
        columns: [
          { header: "会议主题", key: "topic" },
          { header: "日期", key: "date", kind: "date" },
          { header: "人数", key: "count", kind: "number" },
          { header: "研究业务工作", key: "studied", kind: "boolean" },
          { header: "支部", key: "branches" },
        ],
        rows: [
          { topic: "年终支委会", date: parseCalendarDate("2025-12-31"), count: 7, studied: true, branches: ["甲", "乙"] },
          { topic: "学习会", date: "2026-01-05", count: null, studied: false },
        ],
      },
    ]);
    const sheet = (await readBack(bytes)).getWorksheet("组织生活")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "会议主题", "日期", "人数", "研究业务工作", "支部"]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    // 31 December stays 31 December: no time-zone drift into the next year.
    const date = sheet.getCell("B2").value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe("2025-12-31T00:00:00.000Z");
    expect(sheet.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect((sheet.getCell("B3").value as Date).toISOString()).toBe("2026-01-05T00:00:00.000Z");
    expect(sheet.getCell("C2").value).toBe(7);
    expect(sheet.getCell("C3").value).toBeNull();
    expect([sheet.getCell("D2").value, sheet.getCell("D3").value]).toEqual(["是", "否"]);
    expect(sheet.getCell("E2").value).toBe("甲、乙");
    expect(sheet.rowCount).toBe(3);
  });

  it("keeps sheet names within Excel's rules and distinct", async () => {
    const bytes = await buildWorkbook([
      { name: "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", columns: [{ header: "甲", key: "a" }], rows: [] },
      { name: "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", columns: [{ header: "甲", key: "a" }], rows: [] },
      { name: "问题/整改?", columns: [{ header: "甲", key: "a" }], rows: [] },
    ]);
    const names = (await readBack(bytes)).worksheets.map((sheet) => sheet.name);
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(3);
    expect(names.every((name) => name.length <= 31 && !/[[\]:*?/\\]/.test(name))).toBe(true);
  });
});
