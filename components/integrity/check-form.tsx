"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CampaignPicker } from "@/components/campaigns/campaign-picker";
import { Button } from "@/components/ui/button";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { DateField, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { createSupervisionCheckAction, updateSupervisionCheckAction } from "@/lib/integrity/actions";
import { SUPERVISION_KINDS } from "@/lib/integrity/options";
import { BranchField } from "./branch-field";

export interface CheckValues {
  id: string;
  version: number;
  kind: string;
  target: string;
  date: string;
  findings: string | null;
  orgUnitId: string | null;
  campaignIds: string[];
}

interface CheckFormProps {
  check?: CheckValues;
  branches: { id: string; name: string }[];
  campaigns: { id: string; name: string }[];
  writesOrgan: boolean;
  today: string;
}

export function CheckForm({ check, branches, campaigns, writesOrgan, today }: CheckFormProps) {
  const t = useTranslations("integrity");
  const common = useTranslations("common");
  const router = useRouter();
  return (
    <ActionForm
      action={check ? updateSupervisionCheckAction : createSupervisionCheckAction}
      schema={() => import("@/lib/integrity/schema").then((m) => (check ? m.updateSupervisionCheckSchema : m.createSupervisionCheckSchema))}
      successMessage={check ? common("saved") : t("checks.created")}
      onSuccess={(id) => router.push(`/integrity/checks/${String(id)}`)}
      className="grid max-w-3xl gap-5"
    >
      {check ? (
        <>
          <input type="hidden" name="id" value={check.id} />
          <input type="hidden" name="version" value={check.version} />
        </>
      ) : null}
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={t("checks.kind")}
          options={SUPERVISION_KINDS.map((kind) => ({ value: kind, label: t(`checkKinds.${kind}`) }))}
          placeholder=""
          defaultValue={check?.kind ?? ""}
          required
        />
        <DateField name="date" label={t("checks.date")} defaultValue={check?.date ?? today} required />
        {writesOrgan ? (
          // The Party office records the 机关纪委's checks (no branch) or a branch's.
          <SelectField
            name="orgUnitId"
            label={t("checks.level")}
            options={branches.map((branch) => ({ value: branch.id, label: branch.name }))}
            placeholder={t("checks.organLevel")}
            defaultValue={check?.orgUnitId ?? ""}
          />
        ) : (
          <BranchField branches={branches} label={t("checks.level")} hint={t("hints.ownBranch")} />
        )}
      </div>
      <TextField name="target" label={t("checks.target")} defaultValue={check?.target} required maxLength={200} />
      <TextareaField name="findings" label={t("checks.findings")} hint={t("checks.findingsHint")} defaultValue={check?.findings ?? undefined} rows={5} maxLength={5000} />
      <CampaignPicker campaigns={campaigns} defaultValue={check?.campaignIds} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{common("save")}</SubmitButton>
        <Button asChild variant="outline">
          <Link href={check ? `/integrity/checks/${check.id}` : "/integrity/checks"}>{common("cancel")}</Link>
        </Button>
      </div>
    </ActionForm>
  );
}
