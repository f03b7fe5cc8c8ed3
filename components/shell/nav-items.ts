import type { RoleName } from "@/lib/auth/roles";
import { can } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  /** Key under `nav.` in the message files. */
  labelKey: string;
  icon: "dashboard" | "education" | "management" | "integrity" | "mass" | "summary" | "branches" | "org" | "users" | "security" | "audit" | "campaigns" | "recycleBin";
}

/** Business sections; one with a permission shows only to the roles holding it. */
const BUSINESS: (NavItem & { permission?: Parameters<typeof can>[1] })[] = [
  { href: "/", labelKey: "dashboard", icon: "dashboard" },
  { href: "/education", labelKey: "education", icon: "education" },
  { href: "/management", labelKey: "management", icon: "management" },
  { href: "/integrity", labelKey: "integrity", icon: "integrity" },
  { href: "/mass", labelKey: "mass", icon: "mass" },
  { href: "/summary", labelKey: "summary", icon: "summary" },
  { href: "/branches", labelKey: "branches", icon: "branches" },
  { href: "/campaigns", labelKey: "campaigns", icon: "campaigns" },
  { href: "/recycle-bin", labelKey: "recycleBin", icon: "recycleBin", permission: "records.restore" },
];

const ADMIN: (NavItem & { permission: Parameters<typeof can>[1] })[] = [
  { href: "/admin/org", labelKey: "adminOrg", icon: "org", permission: "org.manage" },
  { href: "/admin/users", labelKey: "adminUsers", icon: "users", permission: "users.manage" },
  { href: "/admin/security", labelKey: "adminSecurity", icon: "security", permission: "users.unlock" },
  { href: "/admin/security/policy", labelKey: "adminPolicy", icon: "security", permission: "security.policy" },
  { href: "/admin/security/audit-trail", labelKey: "adminAuditTrail", icon: "audit", permission: "audit.readAuditors" },
  { href: "/admin/audit", labelKey: "adminAudit", icon: "audit", permission: "audit.read" },
];

/** The sidebar for a role: business sections for business roles, each administrator's own pages for them. */
export function navFor(role: RoleName): { business: NavItem[]; admin: NavItem[] } {
  return {
    business: can(role, "records.read") ? BUSINESS.filter((item) => !item.permission || can(role, item.permission)) : [],
    admin: ADMIN.filter((item) => can(role, item.permission)),
  };
}

/** Where a role lands after signing in. */
export function homeFor(role: RoleName): string {
  const { business, admin } = navFor(role);
  return business[0]?.href ?? admin[0]?.href ?? "/";
}
