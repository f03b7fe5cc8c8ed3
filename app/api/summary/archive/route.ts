import { z } from "zod";
import { writeAudit } from "@/lib/audit/service";
import { getClientIp, requirePermission, requireUser, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { validationError } from "@/lib/errors";
import { contentDisposition, failureResponse } from "@/lib/http/route";
import { branchArchive } from "@/lib/summary/archive";

const querySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100), branch: z.string().min(1).max(40) });

/** GET /api/summary/archive?year&branch: a branch's ledgers and evidence of a year as one zip, audited. */
export async function GET(request: Request) {
  let user: CurrentUser | undefined;
  const ip = await getClientIp();
  try {
    user = await requireUser();
    requirePermission(user, "records.read");
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw validationError({});
    const { fileName, bytes } = await branchArchive(user, query.data.branch, query.data.year);
    await writeAudit(db, { actor: user, action: "EXPORT", entity: "BranchArchive", entityId: query.data.branch, after: { year: query.data.year, bytes: bytes.length }, ip });
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDisposition("attachment", fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return failureResponse(error, { user, entity: "summary.archive", ip });
  }
}
