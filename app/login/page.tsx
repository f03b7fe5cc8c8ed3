import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { AuthCard } from "@/components/auth/auth-card";
import { isSetupNeeded } from "@/lib/account/service";
import { getCurrentUser } from "@/lib/auth/session";
import { getOrganName } from "@/lib/org/service";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-organ";

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  if (await isSetupNeeded()) redirect("/setup");
  if (await getCurrentUser()) redirect("/");
  const [t, organ, params] = await Promise.all([getTranslations("auth"), getOrganName(), searchParams]);
  const notice = params.changed ? t("passwordChanged") : params.expired ? t("sessionEnded") : null;
  return (
    <AuthCard title={t("title")} subtitle={t("subtitle")} organName={organ?.name}>
      <LoginForm notice={notice} demoPassword={organ?.isDemo ? DEMO_PASSWORD : undefined} />
    </AuthCard>
  );
}
