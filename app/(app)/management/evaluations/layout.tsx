import { requirePageUser } from "@/lib/auth/session";

// Checked here, above any loading boundary, so that a refused visitor gets a real 403 before
// streaming starts.
export default async function EvaluationsLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("records.read");
  return children;
}
