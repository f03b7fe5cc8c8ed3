import { getAttachmentForDownload } from "@/lib/attachments/service";
import { isImageType } from "@/lib/attachments/rules";
import { getClientIp, requireUser, type CurrentUser } from "@/lib/auth/session";
import { contentDisposition, failureResponse } from "@/lib/http/route";

// Serves an evidence file to a user allowed to read its record. Only the raster image types are
// shown inline (thumbnails); everything else downloads. nosniff and a sandboxing CSP make sure
// no file is ever rendered as a page, whatever its bytes.
export async function GET(_request: Request, { params }: RouteContext<"/api/attachments/[id]">) {
  let user: CurrentUser | undefined;
  try {
    user = await requireUser();
    const { id } = await params;
    const file = await getAttachmentForDownload(user, id);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": contentDisposition(isImageType(file.mimeType) ? "inline" : "attachment", file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return failureResponse(error, { user, entity: "attachments.download", ip: await getClientIp() });
  }
}
