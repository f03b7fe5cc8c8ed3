import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Building2 } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { CurrentUser } from "@/lib/auth/session";
import type { listBranchesForUser } from "@/lib/org/service";
import { ComingSoon } from "./coming-soon";

interface HomeOverviewProps {
  user: CurrentUser;
  branches: Awaited<ReturnType<typeof listBranchesForUser>>;
}

export async function HomeOverview({ user, branches }: HomeOverviewProps) {
  const t = await getTranslations();
  return (
    <div className="grid gap-6">
      <PageHeader title={t("home.welcome", { name: user.displayName })} description={t("home.roleLine", { role: t(`roles.${user.role}`) })} />
      <section aria-labelledby="branches-heading" className="grid gap-3">
        <h2 id="branches-heading" className="text-lg font-semibold">
          {user.role === "SECRETARY" ? t("home.yourBranch") : t("home.branchesTitle")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
          {branches.map((branch) => (
            <li key={branch.id}>
              <Link href={`/branches/${branch.id}`} className="block rounded-lg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none">
                <Card className="h-full transition-colors hover:border-primary/50">
                  <CardHeader>
                    <CardTitle as="h3" className="flex items-center gap-2 text-base">
                      <Building2 className="size-4 text-primary" aria-hidden />
                      {branch.name}
                    </CardTitle>
                    <CardDescription>{t("home.membersCount", { count: branch.memberCount })}</CardDescription>
                  </CardHeader>
                  <CardContent className="text-sm text-muted-foreground">{branch.departments.join("、")}</CardContent>
                </Card>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <ComingSoon section="dashboard" nested />
    </div>
  );
}
