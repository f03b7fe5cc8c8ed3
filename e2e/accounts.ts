// The demo organ's accounts (prisma/seed/demo-organ.ts) as the browser tests use them.
import path from "node:path";
import { DEMO_PASSWORD } from "../prisma/seed/demo-organ";

export const PASSWORD = DEMO_PASSWORD;

export const ACCOUNTS = {
  partyOffice: { username: "party-office", role: "党建办" },
  leader: { username: "leader", role: "党组领导" },
  secretary: { username: "secretary-01", role: "支部书记" },
  systemAdmin: { username: "sys-admin", role: "系统管理员" },
  securityAdmin: { username: "sec-admin", role: "安全管理员" },
  auditAdmin: { username: "audit-admin", role: "审计管理员" },
} as const;

export type AccountKey = keyof typeof ACCOUNTS;

/** Where auth.setup.ts keeps each account's signed-in browser state. */
export function storageStateFor(account: AccountKey): string {
  return path.join(import.meta.dirname, ".auth", `${account}.json`);
}
