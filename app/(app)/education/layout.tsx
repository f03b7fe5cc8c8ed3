import { EducationTabs } from "@/components/education/education-tabs";
import { requirePageUser } from "@/lib/auth/session";

export default async function EducationLayout({ children }: { children: React.ReactNode }) {
  await requirePageUser("records.read");
  return (
    <div className="grid gap-5">
      <EducationTabs />
      {children}
    </div>
  );
}
