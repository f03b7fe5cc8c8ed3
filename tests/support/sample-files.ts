// Small real files for upload tests, made in memory: a 1×1 PNG, Office packages built with
// JSZip (the same library the server reads them with) and a minimal legacy compound file.
import JSZip from "jszip";

/** A 1×1 red PNG. */
export const PNG_BYTES = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);
export const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.from("JFIF\0"), 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);
export const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
export const HTML_BYTES = Buffer.from("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");
export const SVG_BYTES = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>');

const MAIN_PARTS = {
  docx: ["word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"],
  xlsx: ["xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"],
  pptx: ["ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"],
  docm: ["word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"],
} as const;

/** An OOXML package declaring the given main part (docm: the macro-enabled Word type). */
export async function officePackage(kind: keyof typeof MAIN_PARTS): Promise<Buffer> {
  const [part, contentType] = MAIN_PARTS[kind];
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/${part}" ContentType="${contentType}"/></Types>`,
  );
  zip.file(part, "<root/>");
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A plain zip holding an HTML page: a zip, but not an Office document. */
export function plainZip(): Promise<Buffer> {
  return new JSZip().file("index.html", HTML_BYTES).generateAsync({ type: "nodebuffer" });
}

/** A compound file (OLE2) whose directory holds one stream with the given name (WordDocument, Workbook). */
export function compoundFile(streamName: string): Buffer {
  const bytes = Buffer.alloc(512 + 512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  const entry = 512 + 128; // the second directory entry (the first is the root storage)
  Buffer.from(`${streamName}\0`, "utf16le").copy(bytes, entry);
  bytes.writeUInt16LE((streamName.length + 1) * 2, entry + 0x40);
  bytes[entry + 0x42] = 2;
  return bytes;
}
