import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from "docx";
import JSZip from "jszip";
import type { DocParagraph, SummaryDocument } from "./document";

// The summary as an official document laid out to GB/T 9704-2012 (党政机关公文格式): A4, margins
// top 37 mm, bottom 35 mm, left (binding) 28 mm, right 26 mm; title 2号 方正小标宋简体 centred;
// body 3号 仿宋_GB2312 at an exact 28 pt line with a two-character first-line indent; 一、 in
// 3号黑体, （一） in 3号楷体_GB2312; page numbers "— 1 —" in 4号宋体, odd pages right, even left.
// The fonts are named, not embedded (offices have them); each also names an alternative the
// word processor falls back to where it is missing (w:altName in the font table).

export const GB9704 = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  margins: { top: 37, bottom: 35, left: 28, right: 26 },
  /** Sizes in points. */
  titleSize: 22,
  bodySize: 16,
  pageNumberSize: 14,
  lineSpacingPt: 28,
  fonts: {
    title: "方正小标宋简体",
    body: "仿宋_GB2312",
    heading1: "黑体",
    heading2: "楷体_GB2312",
    pageNumber: "宋体",
  },
} as const;

/** Where an official font is missing: the fonts every Chinese Windows/WPS install has. */
export const FONT_FALLBACKS: Record<string, string> = {
  方正小标宋简体: "宋体",
  仿宋_GB2312: "仿宋",
  楷体_GB2312: "楷体",
  黑体: "SimHei",
  宋体: "SimSun",
};

/** Rounded, not truncated: A4 is 11906 × 16838 twips in every word processor. */
const mm = (value: number) => Math.round((value * 1440) / 25.4);
const halfPoints = (pt: number) => pt * 2;
const twips = (pt: number) => pt * 20;

function run(text: string, font: string, size: number, bold = false) {
  return new TextRun({ text, bold, size: halfPoints(size), font: { ascii: font, eastAsia: font, hAnsi: font, cs: font } });
}

const bodyLine = { line: twips(GB9704.lineSpacingPt), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** Two characters of the 16 pt body. */
const firstLineIndent = { firstLine: twips(GB9704.bodySize * 2) };

/** A body paragraph whose lead "（一）…。" (the numbered narrative of 二/四) reads in 楷体, the rest in 仿宋. */
function bodyRuns(text: string): TextRun[] {
  const lead = /^（[一二三四五六七八九十]+）[^。]*。/.exec(text);
  if (!lead) return [run(text, GB9704.fonts.body, GB9704.bodySize)];
  return [run(lead[0], GB9704.fonts.heading2, GB9704.bodySize), run(text.slice(lead[0].length), GB9704.fonts.body, GB9704.bodySize)];
}

function paragraph(block: DocParagraph): Paragraph {
  const text = block.inlines.map((inline) => inline.text).join("");
  switch (block.style) {
    case "title":
      // A blank line of body height under the title, as the standard's sample shows.
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...bodyLine, line: twips(36), after: twips(GB9704.lineSpacingPt) }, children: [run(text, GB9704.fonts.title, GB9704.titleSize)] });
    case "heading1":
      return new Paragraph({ spacing: bodyLine, indent: firstLineIndent, children: [run(text, GB9704.fonts.heading1, GB9704.bodySize)] });
    case "heading2":
      return new Paragraph({ spacing: bodyLine, indent: firstLineIndent, children: [run(text, GB9704.fonts.heading2, GB9704.bodySize)] });
    default:
      return new Paragraph({ spacing: bodyLine, indent: firstLineIndent, alignment: AlignmentType.JUSTIFIED, children: bodyRuns(text) });
  }
}

function pageNumberFooter(alignment: "left" | "right") {
  const font = GB9704.fonts.pageNumber;
  const size = halfPoints(GB9704.pageNumberSize);
  const style = { size, font: { ascii: font, eastAsia: font, hAnsi: font } };
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // The standard puts the number one character in from the text edge.
        indent: alignment === "right" ? { right: twips(GB9704.pageNumberSize) } : { left: twips(GB9704.pageNumberSize) },
        children: [new TextRun({ ...style, children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });
}

function buildDocument(summary: SummaryDocument): Document {
  const signature = [summary.signature.organ, summary.signature.date].map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: bodyLine,
        // Right-aligned, four characters in from the right edge.
        indent: { right: twips(GB9704.bodySize * 4) },
        children: [run(line, GB9704.fonts.body, GB9704.bodySize)],
      }),
  );
  return new Document({
    creator: "党建工作台",
    title: summary.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { size: halfPoints(GB9704.bodySize), font: { ascii: GB9704.fonts.body, eastAsia: GB9704.fonts.body, hAnsi: GB9704.fonts.body } } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(GB9704.pageWidthMm), height: mm(GB9704.pageHeightMm) },
            margin: {
              top: mm(GB9704.margins.top),
              bottom: mm(GB9704.margins.bottom),
              left: mm(GB9704.margins.left),
              right: mm(GB9704.margins.right),
              // The page number sits 7 mm below the text block.
              footer: mm(GB9704.margins.bottom - 7),
            },
          },
        },
        footers: { default: pageNumberFooter("right"), even: pageNumberFooter("left") },
        children: [...summary.paragraphs.map(paragraph), new Paragraph({ spacing: bodyLine, children: [] }), ...signature],
      },
    ],
  });
}

const escapeXml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** Names every official font in the font table with the alternative to use where it is missing. */
async function addFontFallbacks(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("word/fontTable.xml");
  if (!file) return bytes;
  const xml = await file.async("string");
  const entries = Object.entries(FONT_FALLBACKS)
    .map(([name, alt]) => `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(alt)}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
    .join("");
  // The generated table may be empty and self-closed (<w:fonts …/>).
  const filled = xml.includes("</w:fonts>") ? xml.replace("</w:fonts>", `${entries}</w:fonts>`) : xml.replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${entries}</w:fonts>`);
  zip.file("word/fontTable.xml", filled);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function summaryDocx(summary: SummaryDocument): Promise<Buffer> {
  return addFontFallbacks(await Packer.toBuffer(buildDocument(summary)));
}
