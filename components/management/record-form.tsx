"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CampaignPicker } from "@/components/campaigns/campaign-picker";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { DateField, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { BranchField } from "@/components/integrity/branch-field";
import { Button } from "@/components/ui/button";
import { createManagementRecordAction, updateManagementRecordAction } from "@/lib/management/actions";
import { ENUMS, sectionDef, sectionPath, type FieldDef, type SectionSlug } from "@/lib/management/sections";

type Named = { id: string; name: string };

export interface RecordFormOptions {
  branches: Named[];
  leaders: Named[];
  partners: Named[];
  writesOrgan: boolean;
}

interface RecordFormProps {
  slug: SectionSlug;
  options: RecordFormOptions;
  /** The record being edited, its fields as form values (dates as YYYY-MM-DD, lists as ids). */
  record?: { id: string; version: number; values: Record<string, string | string[]> };
  /** Starting values of a new record (today's date, this year). */
  defaults: Record<string, string>;
}

/** The create and edit form of any management section, its fields from lib/management/sections.ts. */
export function RecordForm({ slug, options, record, defaults }: RecordFormProps) {
  const t = useTranslations("management");
  const common = useTranslations("common");
  const router = useRouter();
  const path = sectionPath(slug);
  const value = (name: string) => record?.values[name] ?? defaults[name] ?? "";
  const text = (name: string) => {
    const current = value(name);
    return typeof current === "string" ? current : "";
  };
  const list = (name: string) => {
    const current = value(name);
    return Array.isArray(current) ? current : [];
  };

  function renderField(field: FieldDef) {
    const label = t(`fields.${field.name}`);
    const hint = t.has(`hints.${slug}.${field.name}`) ? t(`hints.${slug}.${field.name}`) : undefined;
    switch (field.kind) {
      case "textarea":
        return <TextareaField key={field.name} name={field.name} label={label} hint={hint} defaultValue={text(field.name)} required={field.required} rows={4} maxLength={field.max} className="sm:col-span-2" />;
      case "date":
        return <DateField key={field.name} name={field.name} label={label} hint={hint} defaultValue={text(field.name)} required={field.required} />;
      case "year":
      case "count":
        return <TextField key={field.name} name={field.name} label={label} hint={hint} type="number" inputMode="numeric" min={0} defaultValue={text(field.name)} required={field.required} />;
      case "period":
        return <TextField key={field.name} name={field.name} label={label} hint={hint ?? t("hints.period")} type="number" inputMode="numeric" min={1} max={4} defaultValue={text(field.name)} required />;
      case "enum":
        return (
          <SelectField
            key={field.name}
            name={field.name}
            label={label}
            hint={hint}
            options={ENUMS[field.enumName!].map((option) => ({ value: option, label: t(`enums.${field.enumName}.${option}`) }))}
            placeholder=""
            defaultValue={text(field.name)}
            required
          />
        );
      case "unit":
        // The Party office picks a branch or, where the section allows, the Party group itself;
        // a secretary's records are their branch's (the hint about the Party group is not theirs).
        return options.writesOrgan ? (
          <SelectField
            key={field.name}
            name={field.name}
            label={label}
            hint={hint}
            options={options.branches.map((branch) => ({ value: branch.id, label: branch.name }))}
            placeholder={field.required ? "" : t("organLevel")}
            defaultValue={text(field.name)}
            required={field.required}
          />
        ) : (
          <BranchField key={field.name} branches={options.branches} label={label} defaultValue={text(field.name)} />
        );
      case "leader":
      case "partner": {
        const choices = field.kind === "leader" ? options.leaders : options.partners;
        return (
          <SelectField
            key={field.name}
            name={field.name}
            label={label}
            hint={hint}
            options={choices.map((choice) => ({ value: choice.id, label: choice.name }))}
            placeholder={field.required ? "" : t("noneChosen")}
            defaultValue={text(field.name)}
            required={field.required}
          />
        );
      }
      case "branchIds":
      case "participants":
        return (
          <div key={field.name} className="sm:col-span-2">
            <CampaignPicker
              name={`${field.name}[]`}
              label={label}
              campaigns={options.branches}
              // A secretary's new activity is their branch's: ticked to start with.
              defaultValue={record || field.kind === "branchIds" || options.branches.length !== 1 ? list(field.name) : [options.branches[0].id]}
            />
            {hint ? <p className="mt-1 text-xs text-muted-foreground">{hint}</p> : null}
          </div>
        );
      default:
        return (
          <TextField
            key={field.name}
            name={field.name}
            label={label}
            hint={hint}
            type={field.kind === "url" ? "url" : "text"}
            defaultValue={text(field.name)}
            required={field.required}
            maxLength={field.max}
            className={field.max && field.max > 100 ? "sm:col-span-2" : undefined}
          />
        );
    }
  }

  return (
    <ActionForm
      action={record ? updateManagementRecordAction : createManagementRecordAction}
      schema={() => import("@/lib/management/schema").then((m) => (record ? m.updateManagementRecordSchema : m.createManagementRecordSchema))}
      successMessage={record ? common("saved") : t("created")}
      onSuccess={(id) => router.push(`${path}/${String(id)}`)}
      className="grid max-w-3xl gap-5"
    >
      <input type="hidden" name="section" value={slug} />
      {record ? (
        <>
          <input type="hidden" name="id" value={record.id} />
          <input type="hidden" name="version" value={record.version} />
        </>
      ) : null}
      <div className="grid items-start gap-4 sm:grid-cols-2">{sectionDef(slug).fields.map(renderField)}</div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{common("save")}</SubmitButton>
        <Button asChild variant="outline">
          <Link href={record ? `${path}/${record.id}` : path}>{common("cancel")}</Link>
        </Button>
      </div>
    </ActionForm>
  );
}
