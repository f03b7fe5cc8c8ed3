import { getTranslations } from "next-intl/server";
import { FrequencySettingsForm } from "@/components/education/frequency-settings-form";
import { DetailCard, Facts } from "@/components/education/detail-parts";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { ORG_LIFE_KINDS } from "@/lib/org-life/schema";
import { getOrgLifeFrequencies } from "@/lib/org-life/settings";

export default async function OrgLifeSettingsPage() {
  const user = await requirePageUser("records.read");
  const [t, settings] = await Promise.all([getTranslations("orgLife"), getOrgLifeFrequencies()]);
  return (
    <div className="grid gap-4">
      <PageHeader title={t("settingsTitle")} description={t("settingsDescription")} />
      <DetailCard title={t("frequency")}>
        {/* Saving bumps updatedAt, which remounts the form with the saved values. */}
        {can(user.role, "records.writeOrgan") ? (
          <FrequencySettingsForm
            key={settings.updatedAt?.toISOString() ?? "defaults"}
            frequencies={settings.frequencies}
            loadedAt={settings.updatedAt?.toISOString() ?? null}
          />
        ) : (
          <Facts items={ORG_LIFE_KINDS.map((kind) => ({ label: t(`kinds.${kind}`), value: t(`frequencies.${settings.frequencies[kind]}`) }))} />
        )}
        <p className="mt-4 text-sm text-muted-foreground">{t("settingsDefaults")}</p>
      </DetailCard>
    </div>
  );
}
