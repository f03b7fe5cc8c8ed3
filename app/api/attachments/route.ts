import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { uploadAttachments } from "@/lib/attachments/service";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/rules";
import { getClientIp, requireUser, type CurrentUser } from "@/lib/auth/session";
import { failureResponse, hasSameOrigin, jsonResult } from "@/lib/http/route";
import { parseRecordType } from "@/lib/records/lookup";
import { recordId } from "@/lib/validation";

// POST multipart/form-data: recordType, recordId, files (one or more). Answers an ActionResult
// as JSON: { ok: true, data: AttachmentView[] } or { ok: false, error, fieldErrors }.

/** One request carries at most one full-size file's worth (the panel sends a file per request) plus the form's overhead. */
const MAX_REQUEST_BYTES = MAX_ATTACHMENT_BYTES + 256 * 1024;

const fieldsSchema = z.object({ recordType: z.string(), recordId: recordId() });

/** The body, or null once it passes the limit (the rest is not read). */
async function readLimited(request: Request, limit: number): Promise<Buffer<ArrayBuffer> | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function POST(request: Request) {
  const t = await getTranslations();
  if (!hasSameOrigin(request)) return jsonResult({ ok: false, error: t("errors.foreignOrigin") }, 403);
  let user: CurrentUser | undefined;
  try {
    user = await requireUser();
    const body = await readLimited(request, MAX_REQUEST_BYTES);
    if (!body) return jsonResult({ ok: false, error: t("errors.uploadTooLarge") }, 413);
    const form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } })
      .formData()
      .catch(() => null);
    const fields = fieldsSchema.safeParse({ recordType: form?.get("recordType"), recordId: form?.get("recordId") });
    if (!form || !fields.success) return jsonResult({ ok: false, error: t("errors.validation") }, 400);
    const files = form.getAll("files").filter((value): value is File => value instanceof File);
    if (files.some((file) => file.size > MAX_ATTACHMENT_BYTES)) return jsonResult({ ok: false, error: t("errors.uploadTooLarge") }, 413);
    const data = await uploadAttachments(user, { recordType: parseRecordType(fields.data.recordType), recordId: fields.data.recordId, files });
    return jsonResult({ ok: true, data }, 201);
  } catch (error) {
    return failureResponse(error, { user, entity: "attachments.upload", ip: await getClientIp() });
  }
}
