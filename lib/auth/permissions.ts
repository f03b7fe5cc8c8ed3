import type { RoleName } from "./roles";

// The one permission map. Server code checks it with requirePermission(); pages read the
// same map (through can()) to hide what a role cannot do — the server still decides.
const PERMISSIONS = {
  /** One's own account: change password, sign out. */
  "account.self": ["SECRETARY", "LEADER", "PARTY_OFFICE", "SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"],
  /** Read Party-building records (a secretary is further scoped to their branch by row rules). */
  "records.read": ["SECRETARY", "LEADER", "PARTY_OFFICE"],
  /** Create, edit and delete Party-building records of a branch. */
  "records.write": ["SECRETARY", "PARTY_OFFICE"],
  /** Party-group-level records (central-group study, checklist, organ-level activities). */
  "records.writeOrgan": ["PARTY_OFFICE"],
  "roster.read": ["SECRETARY", "LEADER", "PARTY_OFFICE"],
  "roster.write": ["SECRETARY", "PARTY_OFFICE"],
  /** A branch's business data: departments served, supervising leader. */
  "branch.manageBusiness": ["PARTY_OFFICE"],
  /** The organisation tree itself: create, rename, move, close units. */
  "org.manage": ["SYSTEM_ADMIN"],
  "users.manage": ["SYSTEM_ADMIN"],
  "users.unlock": ["SECURITY_ADMIN"],
  "users.assignRole": ["SECURITY_ADMIN"],
  "audit.read": ["AUDIT_ADMIN"],
  /** The audit administrator's own actions are audited and read by the security administrator. */
  "audit.readAuditors": ["SECURITY_ADMIN"],
  "security.policy": ["SECURITY_ADMIN"],
  "summary.export": ["PARTY_OFFICE"],
  /** The leadership dashboard: every branch's figures side by side. */
  "dashboard.leadership": ["LEADER", "PARTY_OFFICE"],
  /** A secretary's own branch dashboard. */
  "dashboard.branch": ["SECRETARY"],
  /** The recycle bin: list deleted records of every branch and restore them. */
  "records.restore": ["PARTY_OFFICE"],
} as const satisfies Record<string, readonly RoleName[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: RoleName, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly RoleName[]).includes(role);
}

export function rolesWith(permission: Permission): readonly RoleName[] {
  return PERMISSIONS[permission];
}
