import { can } from "@/lib/auth/permissions";
import type { RoleName } from "@/lib/auth/roles";

/**
 * Whether a user may edit a record they have already been allowed to read: a Party-group-level
 * record (no branch) needs records.writeOrgan; a branch's needs records.write, reading it having
 * proved the branch is in the user's scope. Pages use it to show or hide edit controls; the
 * services decide again on the server.
 */
export function canEditReadableRecord(role: RoleName, orgUnitId: string | null): boolean {
  return can(role, orgUnitId === null ? "records.writeOrgan" : "records.write");
}
