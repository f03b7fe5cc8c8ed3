import { AppShell } from "@/components/shell/app-shell";
import { requirePageUser } from "@/lib/auth/session";
import { getOrganName } from "@/lib/org/service";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const [user, organ] = await Promise.all([requirePageUser(), getOrganName()]);
  return (
    <AppShell user={user} organ={organ}>
      {children}
    </AppShell>
  );
}
