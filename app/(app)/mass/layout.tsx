import { requirePageUser } from "@/lib/auth/session";

// Checked here, above any loading boundary, so that a refused visitor gets a real 403 before
// any streaming starts (a check inside a streamed page can only show the 403 page in a 200).
// Only the overview and the lists, in (browse), stream behind a loading boundary: the forms and
// record pages refuse more than this check does (the write permission, another branch's
// record), so they render whole and their refusals are real 403s as well.
export default async function SectionLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("records.read");
  return children;
}
