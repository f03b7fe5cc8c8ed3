import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/service";
import { notFound, validationError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/session";
import { assertCanReadRecord, assertCanWriteRecord } from "@/lib/org/scope";
import { parseRecordType, requireLiveRecord } from "@/lib/records/lookup";
import type { RecordType } from "@/lib/records/registry";
import { msg } from "@/lib/validation";
import { MAX_ATTACHMENT_BYTES, MAX_FILES_PER_UPLOAD } from "./rules";
import { sniffAttachment, type SniffRefusal } from "./sniff";
import { attachmentStorage, newStorageKey } from "./storage";

const attachmentSelect = { id: true, fileName: true, mimeType: true, size: true, createdAt: true } as const;

export interface AttachmentView {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  createdAt: Date;
}

/** A user's file name as shown and as sent back in Content-Disposition: no path, no control characters, at most 200 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return (cleaned || "file").slice(-200);
}

const REFUSAL_MESSAGES: Record<SniffRefusal, string> = {
  empty: "attachmentEmpty",
  tooLarge: "attachmentTooLarge",
  unsupportedType: "attachmentType",
  extensionMismatch: "attachmentMismatch",
};

/** The file's name inside a message parameter, which ends at the first colon (lib/validation.ts). */
const nameParam = (fileName: string) => fileName.replaceAll(":", "：");

/**
 * Stores evidence files on a record. All files are checked before any is kept; the bytes are
 * written first and removed again when the rows cannot be, so no row points at missing bytes.
 */
export async function uploadAttachments(
  user: CurrentUser,
  input: { recordType: RecordType; recordId: string; files: File[] },
): Promise<AttachmentView[]> {
  const record = await requireLiveRecord(input.recordType, input.recordId);
  await assertCanWriteRecord(user, record.orgUnitId);
  if (input.files.length === 0) throw validationError({ files: [msg("attachmentMissing")] });
  if (input.files.length > MAX_FILES_PER_UPLOAD) throw validationError({ files: [msg("attachmentTooMany", MAX_FILES_PER_UPLOAD)] });

  const checked: { fileName: string; mimeType: string; bytes: Buffer; key: string }[] = [];
  const problems: string[] = [];
  for (const file of input.files) {
    const fileName = cleanFileName(file.name);
    if (file.size > MAX_ATTACHMENT_BYTES) {
      problems.push(msg("attachmentTooLarge", nameParam(fileName)));
      continue;
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    const sniffed = await sniffAttachment(bytes, fileName);
    if (!sniffed.ok) {
      problems.push(msg(REFUSAL_MESSAGES[sniffed.reason], nameParam(fileName)));
      continue;
    }
    checked.push({ fileName, mimeType: sniffed.mimeType, bytes, key: newStorageKey() });
  }
  if (problems.length) throw validationError({ files: problems });

  const storage = attachmentStorage();
  const stored: string[] = [];
  try {
    for (const file of checked) {
      await storage.put(file.key, file.bytes);
      stored.push(file.key);
    }
    return await db.$transaction(async (tx) => {
      // Checked again inside the transaction: the record may have been deleted meanwhile.
      const current = await requireLiveRecord(input.recordType, input.recordId, tx);
      const created: AttachmentView[] = [];
      for (const file of checked) {
        const attachment = await tx.attachment.create({
          data: {
            recordType: input.recordType,
            recordId: input.recordId,
            orgUnitId: current.orgUnitId,
            fileName: file.fileName,
            mimeType: file.mimeType,
            size: file.bytes.length,
            sha256: createHash("sha256").update(file.bytes).digest("hex"),
            storageKey: file.key,
            uploadedById: user.id,
          },
          select: { ...attachmentSelect, sha256: true, recordType: true, recordId: true },
        });
        await writeAudit(tx, { actor: user, action: "CREATE", entity: "Attachment", entityId: attachment.id, after: attachment });
        created.push({ id: attachment.id, fileName: attachment.fileName, mimeType: attachment.mimeType, size: attachment.size, createdAt: attachment.createdAt });
      }
      return created;
    });
  } catch (error) {
    await Promise.all(stored.map((key) => storage.remove(key).catch(() => {})));
    throw error;
  }
}

/** A record's live attachments, oldest first, for a user allowed to read the record. */
export async function listAttachments(user: CurrentUser, recordType: RecordType, recordId: string): Promise<AttachmentView[]> {
  const record = await requireLiveRecord(recordType, recordId);
  await assertCanReadRecord(user, record.orgUnitId);
  return db.attachment.findMany({
    where: { recordType, recordId, deletedAt: null },
    select: attachmentSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** A live attachment with the live record it belongs to; authorisation follows the record's current branch. */
async function liveAttachment(id: string) {
  const attachment = await db.attachment.findFirst({ where: { id, deletedAt: null } });
  if (!attachment) throw notFound();
  const record = await requireLiveRecord(parseRecordType(attachment.recordType), attachment.recordId);
  return { attachment, record };
}

export async function getAttachmentForDownload(user: CurrentUser, id: string) {
  const { attachment, record } = await liveAttachment(id);
  await assertCanReadRecord(user, record.orgUnitId);
  const bytes = await attachmentStorage().get(attachment.storageKey);
  return { fileName: attachment.fileName, mimeType: attachment.mimeType, bytes };
}

/** Soft delete: the row is hidden and the bytes kept, so evidence can still be recovered. */
export async function deleteAttachment(user: CurrentUser, id: string): Promise<void> {
  const { attachment, record } = await liveAttachment(id);
  await assertCanWriteRecord(user, record.orgUnitId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.attachment.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: new Date() } });
    if (count === 0) throw notFound();
    await writeAudit(tx, {
      actor: user,
      action: "DELETE",
      entity: "Attachment",
      entityId: id,
      before: { recordType: attachment.recordType, recordId: attachment.recordId, fileName: attachment.fileName, sha256: attachment.sha256 },
    });
  });
}
