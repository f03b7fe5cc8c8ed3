"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { DateField, SelectField, TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { createSupervisionRoundAction, updateSupervisionRoundAction } from "@/lib/supervision/actions";
import { SUPERVISION_ROUND_KINDS } from "@/lib/supervision/options";
import { CheckboxGroupField } from "@/components/forms/checkbox-group";

export interface RoundValues {
  id: string;
  version: number;
  kind: string;
  periodStart: string;
  periodEnd: string;
  focus: string;
  inspectors: string;
  branchIds: string[];
}

export function RoundForm({ round, branches, today }: { round?: RoundValues; branches: { id: string; name: string }[]; today: string }) {
  const t = useTranslations("supervision");
  const common = useTranslations("common");
  const router = useRouter();
  return (
    <ActionForm
      action={round ? updateSupervisionRoundAction : createSupervisionRoundAction}
      schema={() => import("@/lib/supervision/schema").then((m) => (round ? m.updateRoundSchema : m.createRoundSchema))}
      successMessage={round ? common("saved") : t("created")}
      onSuccess={(id) => router.push(`/management/supervision/${String(id)}`)}
      className="grid max-w-3xl gap-5"
    >
      {round ? (
        <>
          <input type="hidden" name="id" value={round.id} />
          <input type="hidden" name="version" value={round.version} />
        </>
      ) : null}
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <SelectField name="kind" label={t("fields.kind")} options={SUPERVISION_ROUND_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} placeholder="" defaultValue={round?.kind ?? ""} required />
        <TextField name="inspectors" label={t("fields.inspectors")} defaultValue={round?.inspectors} maxLength={200} required />
        <DateField name="periodStart" label={t("fields.periodStart")} defaultValue={round?.periodStart ?? today} required />
        <DateField name="periodEnd" label={t("fields.periodEnd")} defaultValue={round?.periodEnd ?? today} required />
      </div>
      <TextField name="focus" label={t("fields.focus")} defaultValue={round?.focus} maxLength={200} required />
      <CheckboxGroupField name="branchIds[]" legend={t("fields.branches")} options={branches.map((branch) => ({ value: branch.id, label: branch.name }))} defaultValue={round?.branchIds} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{common("save")}</SubmitButton>
        <Button asChild variant="outline">
          <Link href={round ? `/management/supervision/${round.id}` : "/management/supervision"}>{common("cancel")}</Link>
        </Button>
      </div>
    </ActionForm>
  );
}
