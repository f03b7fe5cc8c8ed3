import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { getCurrentUser } from "@/lib/auth/session";

// Outside the signed-in layout on purpose: a user forced to change an initial password
// must reach this page before anything else.
export default async function ChangePasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const t = await getTranslations("account");
  return (
    <AuthCard title={t("passwordTitle")} subtitle={user.mustChangePassword ? t("passwordForced") : undefined}>
      <ChangePasswordForm />
    </AuthCard>
  );
}
