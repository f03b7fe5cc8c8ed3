import JSZip from "jszip";
import { ATTACHMENT_EXTENSIONS, extensionOf, isAcceptedExtension, MAX_ATTACHMENT_BYTES, type AttachmentMimeType } from "./rules";

// Decides what an uploaded file is from its bytes, never from its name or the browser's
// Content-Type. Only the listed kinds pass; HTML, SVG, scripts and everything else are refused,
// and so is a file whose name claims another kind than its content.

export type SniffRefusal = "empty" | "tooLarge" | "unsupportedType" | "extensionMismatch";
export type SniffResult = { ok: true; mimeType: AttachmentMimeType } | { ok: false; reason: SniffRefusal };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The main part an OOXML package must declare in [Content_Types].xml; macro-enabled variants are not accepted. */
const OOXML_MAIN_PARTS: Record<string, AttachmentMimeType> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": ATTACHMENT_EXTENSIONS.docx,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": ATTACHMENT_EXTENSIONS.xlsx,
  "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": ATTACHMENT_EXTENSIONS.pptx,
};

async function sniffOoxml(bytes: Uint8Array): Promise<AttachmentMimeType | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return null;
  }
  const contentTypes = await zip.file("[Content_Types].xml")?.async("string");
  if (!contentTypes) return null;
  const declared = new Set<AttachmentMimeType>();
  for (const match of contentTypes.matchAll(/<Override\b[^>]*\bContentType\s*=\s*"([^"]+)"/g)) {
    const mimeType = OOXML_MAIN_PARTS[match[1]];
    if (mimeType) declared.add(mimeType);
  }
  // A package declaring two different main parts is not a document any Office program opens as one.
  return declared.size === 1 ? [...declared][0] : null;
}

/**
 * The streams of a legacy compound file (OLE2) tell Word from Excel: a directory entry is 128
 * bytes, aligned in the sectors after the 512-byte header, starting with its UTF-16LE name, with
 * the name's byte length at 0x40 and the entry type (2 = stream) at 0x42.
 */
function ole2Streams(bytes: Uint8Array): Set<string> {
  const wanted = ["WordDocument", "Workbook", "Book"];
  const found = new Set<string>();
  for (let offset = 512; offset + 128 <= bytes.length; offset += 128) {
    if (bytes[offset + 0x42] !== 2) continue;
    const nameLength = bytes[offset + 0x40] | (bytes[offset + 0x41] << 8);
    for (const name of wanted) {
      if (nameLength !== (name.length + 1) * 2) continue;
      const encoded = [...name].flatMap((char) => [char.charCodeAt(0), 0]);
      if (startsWith(bytes, encoded, offset)) found.add(name);
    }
  }
  return found;
}

/** What the content is, among the accepted kinds, or null. The extension decides only between readings of an ambiguous container. */
async function contentType(bytes: Uint8Array, extension: string): Promise<AttachmentMimeType | null> {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  if (startsWith(bytes, ZIP)) return sniffOoxml(bytes);
  if (startsWith(bytes, OLE2)) {
    const streams = ole2Streams(bytes);
    // A Word file may embed a workbook (and so hold a Workbook stream too): the name says which to require.
    if (extension === "doc") return streams.has("WordDocument") ? "application/msword" : null;
    if (streams.has("Workbook") || streams.has("Book")) return "application/vnd.ms-excel";
    if (streams.has("WordDocument")) return "application/msword";
  }
  return null;
}

export async function sniffAttachment(bytes: Uint8Array, fileName: string): Promise<SniffResult> {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, reason: "tooLarge" };
  const extension = extensionOf(fileName);
  const mimeType = await contentType(bytes, extension);
  if (!mimeType) return { ok: false, reason: "unsupportedType" };
  if (!isAcceptedExtension(extension) || ATTACHMENT_EXTENSIONS[extension] !== mimeType) return { ok: false, reason: "extensionMismatch" };
  return { ok: true, mimeType };
}
