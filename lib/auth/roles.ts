// Role names are final (later features depend on them). Client-safe: no server imports.
export const ROLES = ["SECRETARY", "LEADER", "PARTY_OFFICE", "SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"] as const;
export type RoleName = (typeof ROLES)[number];

/** Business roles work with Party-building records; the three administrators (三员) never do. */
export const BUSINESS_ROLES = ["SECRETARY", "LEADER", "PARTY_OFFICE"] as const satisfies readonly RoleName[];
export const ADMIN_ROLES = ["SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"] as const satisfies readonly RoleName[];

export function isAdminRole(role: RoleName): boolean {
  return (ADMIN_ROLES as readonly RoleName[]).includes(role);
}
