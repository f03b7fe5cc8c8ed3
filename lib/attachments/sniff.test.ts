import { describe, expect, it } from "vitest";
import { compoundFile, HTML_BYTES, JPEG_BYTES, officePackage, PDF_BYTES, plainZip, PNG_BYTES, SVG_BYTES } from "@/tests/support/sample-files";
import { MAX_ATTACHMENT_BYTES } from "./rules";
import { sniffAttachment } from "./sniff";

describe("sniffAttachment", () => {
  it("accepts images and PDF by their bytes", async () => {
    expect(await sniffAttachment(PNG_BYTES, "签到表.png")).toEqual({ ok: true, mimeType: "image/png" });
    expect(await sniffAttachment(JPEG_BYTES, "现场照片.JPG")).toEqual({ ok: true, mimeType: "image/jpeg" });
    expect(await sniffAttachment(Buffer.from("GIF89a\x01\x00\x01\x00"), "a.gif")).toEqual({ ok: true, mimeType: "image/gif" });
    expect(await sniffAttachment(Buffer.from("RIFF\x10\x00\x00\x00WEBPVP8 "), "a.webp")).toEqual({ ok: true, mimeType: "image/webp" });
    expect(await sniffAttachment(PDF_BYTES, "会议纪要.pdf")).toEqual({ ok: true, mimeType: "application/pdf" });
  });

  it("tells Word, Excel and PowerPoint packages apart by their declared main part", async () => {
    expect(await sniffAttachment(await officePackage("docx"), "方案.docx")).toMatchObject({ ok: true, mimeType: expect.stringContaining("wordprocessingml") });
    expect(await sniffAttachment(await officePackage("xlsx"), "台账.xlsx")).toMatchObject({ ok: true, mimeType: expect.stringContaining("spreadsheetml") });
    expect(await sniffAttachment(await officePackage("pptx"), "课件.pptx")).toMatchObject({ ok: true, mimeType: expect.stringContaining("presentationml") });
    expect(await sniffAttachment(await officePackage("docx"), "台账.xlsx")).toEqual({ ok: false, reason: "extensionMismatch" });
  });

  it("refuses a zip that is not an Office document, and macro-enabled documents", async () => {
    expect(await sniffAttachment(await plainZip(), "方案.docx")).toEqual({ ok: false, reason: "unsupportedType" });
    expect(await sniffAttachment(await officePackage("docm"), "方案.docx")).toEqual({ ok: false, reason: "unsupportedType" });
  });

  it("reads legacy Word and Excel files from their streams", async () => {
    expect(await sniffAttachment(compoundFile("WordDocument"), "旧文件.doc")).toEqual({ ok: true, mimeType: "application/msword" });
    expect(await sniffAttachment(compoundFile("Workbook"), "旧表格.xls")).toEqual({ ok: true, mimeType: "application/vnd.ms-excel" });
    expect(await sniffAttachment(compoundFile("Workbook"), "旧文件.doc")).toEqual({ ok: false, reason: "unsupportedType" });
    expect(await sniffAttachment(compoundFile("WordDocument"), "旧表格.xls")).toEqual({ ok: false, reason: "extensionMismatch" });
  });

  it("refuses HTML and SVG whatever they are called", async () => {
    expect(await sniffAttachment(HTML_BYTES, "照片.jpg")).toEqual({ ok: false, reason: "unsupportedType" });
    expect(await sniffAttachment(SVG_BYTES, "照片.png")).toEqual({ ok: false, reason: "unsupportedType" });
    expect(await sniffAttachment(SVG_BYTES, "图.svg")).toEqual({ ok: false, reason: "unsupportedType" });
    expect(await sniffAttachment(Buffer.from("#!/bin/sh\nrm -rf /\n"), "run.pdf")).toEqual({ ok: false, reason: "unsupportedType" });
  });

  it("refuses a file whose name claims another type than its bytes", async () => {
    expect(await sniffAttachment(PNG_BYTES, "照片.jpg")).toEqual({ ok: false, reason: "extensionMismatch" });
    expect(await sniffAttachment(PDF_BYTES, "会议纪要.png")).toEqual({ ok: false, reason: "extensionMismatch" });
    expect(await sniffAttachment(PNG_BYTES, "no-extension")).toEqual({ ok: false, reason: "extensionMismatch" });
  });

  it("refuses empty files and files over 20 MB", async () => {
    expect(await sniffAttachment(Buffer.alloc(0), "a.png")).toEqual({ ok: false, reason: "empty" });
    const huge = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    PNG_BYTES.copy(huge);
    expect(await sniffAttachment(huge, "a.png")).toEqual({ ok: false, reason: "tooLarge" });
    const largest = Buffer.alloc(MAX_ATTACHMENT_BYTES);
    PNG_BYTES.copy(largest);
    expect(await sniffAttachment(largest, "a.png")).toEqual({ ok: true, mimeType: "image/png" });
  });
});
