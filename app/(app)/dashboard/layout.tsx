import { requirePageUser } from "@/lib/auth/session";

// Checked above the pages' loading boundaries so that a refusal is a real 403.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("records.read");
  return children;
}
