import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { TwoFactorEnrolment } from "@/components/auth/two-factor-enrolment";
import { getCurrentUser } from "@/lib/auth/session";

// Outside the signed-in layout, like the password page: enrolment comes before anything else.
export default async function TwoFactorPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const t = await getTranslations("twoFactor");
  return (
    <AuthCard title={t("title")} subtitle={user.mustEnrolTotp ? t("required") : t("optional")}>
      <TwoFactorEnrolment />
    </AuthCard>
  );
}
