import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";
import { isSetupNeeded } from "@/lib/account/service";

export default async function SetupPage() {
  if (!(await isSetupNeeded())) redirect("/login");
  const t = await getTranslations("setup");
  return (
    <AuthCard title={t("title")} subtitle={t("intro")}>
      <SetupForm />
    </AuthCard>
  );
}
