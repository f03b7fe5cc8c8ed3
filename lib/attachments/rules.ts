// What the evidence uploader accepts, shared by the browser (early feedback) and the server
// (which decides, from the file's content: see sniff.ts). Client-safe.

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Files per upload request; the panel sends one file per request so each has its own progress. */
export const MAX_FILES_PER_UPLOAD = 10;

/** Accepted name extensions and the type each must turn out to be. */
export const ATTACHMENT_EXTENSIONS = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
} as const;

export type AttachmentExtension = keyof typeof ATTACHMENT_EXTENSIONS;
export type AttachmentMimeType = (typeof ATTACHMENT_EXTENSIONS)[AttachmentExtension];

/** The file input's `accept`: images first, so a phone offers its camera. */
export const ATTACHMENT_ACCEPT = ["image/*", "application/pdf", ...Object.keys(ATTACHMENT_EXTENSIONS).map((extension) => `.${extension}`)].join(",");

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

export function isAcceptedExtension(extension: string): extension is AttachmentExtension {
  return Object.hasOwn(ATTACHMENT_EXTENSIONS, extension);
}

export function isImageType(mimeType: string): boolean {
  return mimeType.startsWith("image/");
}

/** A file's size for people: 812 KB, 3.4 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
