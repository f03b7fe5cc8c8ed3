import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildSummaryDocument } from "./document";
import { summaryDocx } from "./docx";
import { SUMMARY_FIGURES, type FigureValues } from "./metric-keys";

const figures = Object.fromEntries(Object.keys(SUMMARY_FIGURES).map((key) => [key, 0])) as FigureValues;
figures["education.centralGroupSessions"] = 12;

async function parts() {
  const document = buildSummaryDocument(figures, { problems: "（一）党的创新理论学习还不够系统深入。一是……" }, {
    year: 2023,
    period: "YEAR",
    branchName: null,
    organName: "某厅",
    partyGroupName: "党组",
    dateText: "2023年12月29日",
  });
  const zip = await JSZip.loadAsync(await summaryDocx(document));
  const read = (name: string) => zip.file(name)!.async("string");
  const footers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map(read));
  return { body: await read("word/document.xml"), settings: await read("word/settings.xml"), fonts: await read("word/fontTable.xml"), footers };
}

describe("the .docx follows GB/T 9704-2012", () => {
  it("is A4 with the standard's margins", async () => {
    const { body } = await parts();
    // 210 × 297 mm; margins 37/35/28/26 mm in twips (1 mm = 56.69 twips).
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/w:top="2098"/);
    expect(body).toMatch(/w:bottom="1984"/);
    expect(body).toMatch(/w:left="1587"/);
    expect(body).toMatch(/w:right="1474"/);
  });
  it("sets the title, body and heading fonts, sizes and the exact 28 pt line", async () => {
    const { body } = await parts();
    expect(body).toContain('w:eastAsia="方正小标宋简体"');
    expect(body).toMatch(/方正小标宋简体[^]*?<w:sz w:val="44"\/>/);
    expect(body).toContain('<w:jc w:val="center"/>');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('w:line="560" w:lineRule="exact"');
    expect(body).toContain('w:firstLine="640"');
    expect(body).toMatch(/w:eastAsia="黑体"[^]*?一、基本情况/);
    expect(body).toMatch(/w:eastAsia="楷体_GB2312"[^]*?（一）/);
    expect(body).toContain("今年已开展中心组学习12次");
  });
  it("numbers pages — n — in 4号宋体, odd right and even left, and names font fallbacks", async () => {
    const { settings, footers, fonts } = await parts();
    expect(settings).toContain("<w:evenAndOddHeaders/>");
    expect(footers.join("")).toContain("— ");
    expect(footers.join("")).toContain('<w:sz w:val="28"/>');
    expect(footers.join("")).toContain('w:eastAsia="宋体"');
    expect(footers.some((xml) => xml.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(footers.some((xml) => xml.includes('<w:jc w:val="left"/>'))).toBe(true);
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });
});
