import { requirePageUser } from "@/lib/auth/session";

// A secretary sees other branches only as aggregates: the leadership dashboard is refused here,
// in the section's layout as everywhere (docs/security.md), with a real 403.
export default async function LeadershipLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("dashboard.leadership");
  return children;
}
