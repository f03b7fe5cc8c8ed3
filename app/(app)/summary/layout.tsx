import { requirePageUser } from "@/lib/auth/session";

// Checked here, above the section's loading boundary, so that a refused visitor gets a real 403.
export default async function SummaryLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("records.read");
  return children;
}
