import { requirePageUser } from "@/lib/auth/session";

// Checked here, above the section's loading boundary, so that a refused visitor gets a real
// 403 before any streaming starts (a check inside a streamed page can only show the 403 page).
export default async function SectionLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("records.read");
  return children;
}
