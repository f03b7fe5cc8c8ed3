"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/fields";
import { saveFrequenciesAction } from "@/lib/org-life/actions";
import { FREQUENCIES, ORG_LIFE_KINDS, type Frequencies } from "@/lib/org-life/options";

/** The Party office's form for the required frequency of each kind of organisational life. */
export function FrequencySettingsForm({ frequencies, loadedAt }: { frequencies: Frequencies; loadedAt: string | null }) {
  const t = useTranslations("orgLife");
  const tCommon = useTranslations("common");
  const router = useRouter();
  return (
    <ActionForm action={saveFrequenciesAction} schema={() => import("@/lib/org-life/schema").then((m) => m.frequencySettingsSchema)} successMessage={t("settingsSaved")} onSuccess={() => router.refresh()}>
      <input type="hidden" name="loadedAt" value={loadedAt ?? ""} />
      <div className="grid gap-4 sm:grid-cols-2">
        {ORG_LIFE_KINDS.map((kind) => (
          <SelectField
            key={kind}
            name={kind}
            label={t(`kinds.${kind}`)}
            defaultValue={frequencies[kind]}
            options={FREQUENCIES.map((value) => ({ value, label: t(`frequencies.${value}`) }))}
            required
          />
        ))}
      </div>
      <SubmitButton className="justify-self-start">{tCommon("save")}</SubmitButton>
    </ActionForm>
  );
}
