"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { Input } from "@/components/ui/input";
import { saveSummaryAction } from "@/lib/summary/actions";
import type { SummaryKey } from "@/lib/summary/schema";
import type { DraftContent } from "@/lib/summary/document";
import type { Suggestion } from "@/lib/summary/suggestions-types";

type NarrativeField = "problems" | "causes" | "plans";

interface ClauseOption {
  id: string;
  text: string;
}

interface SummaryEditorProps {
  summaryKey: SummaryKey;
  draftVersion: number;
  content: DraftContent;
  defaultTitle: string;
  /** The clauses of 基本情况 with their current template text (placeholders, not numbers). */
  clauses: ClauseOption[];
  /** Figures that may read "N余", with whether they do now. */
  rounding: { metric: string; label: string; on: boolean }[];
  suggestions: Suggestion[];
}

/**
 * The Party office's edits: title, opening, any clause of 一、基本情况 (figures stay {{placeholders}}),
 * the 余 wording per figure, and the narrative of 二、三、四, with the data's suggestions to insert.
 */
export function SummaryEditor({ summaryKey, draftVersion, content, defaultTitle, clauses, rounding, suggestions }: SummaryEditorProps) {
  const t = useTranslations("summary");
  const [narrative, setNarrative] = useState<Record<NarrativeField, string>>({
    problems: content.problems ?? "",
    causes: content.causes ?? "",
    plans: content.plans ?? "",
  });
  const [clauseEdits, setClauseEdits] = useState<Record<string, string>>({});
  const [roundingEdits, setRoundingEdits] = useState<Record<string, boolean>>({});

  const insert = (field: NarrativeField, text: string) => setNarrative((current) => ({ ...current, [field]: current[field] ? `${current[field]}\n${text}` : text }));
  const fields: { name: NarrativeField; label: string }[] = [
    { name: "problems", label: t("problems") },
    { name: "causes", label: t("causes") },
    { name: "plans", label: t("plans") },
  ];

  return (
    <ActionForm action={saveSummaryAction} schema={() => import("@/lib/summary/schema").then((m) => m.saveSummarySchema)} successMessage={t("saved")} className="grid gap-5">
      <input type="hidden" name="year" value={summaryKey.year} />
      <input type="hidden" name="period" value={summaryKey.period} />
      <input type="hidden" name="orgUnitId" value={summaryKey.orgUnitId ?? ""} />
      <input type="hidden" name="draftVersion" value={draftVersion} />
      <input type="hidden" name="clauses" value={JSON.stringify(clauseEdits)} />
      <input type="hidden" name="rounding" value={JSON.stringify(roundingEdits)} />
      <div className="grid gap-2">
        <Label htmlFor="summary-title">{t("title")}</Label>
        <Input id="summary-title" name="title" defaultValue={content.title ?? ""} placeholder={defaultTitle} />
      </div>
      <div className="grid gap-2">
        <Label htmlFor="summary-opening">{t("opening")}</Label>
        <Textarea id="summary-opening" name="opening" rows={3} defaultValue={content.opening ?? ""} placeholder={t("openingPlaceholder")} />
      </div>
      <details className="rounded-md border p-3">
        <summary className="cursor-pointer text-sm font-medium">{t("clausesHeading")}</summary>
        <p className="mt-2 text-xs text-muted-foreground">{t("clausesHint")}</p>
        <div className="mt-3 grid gap-3">
          {clauses.map((clause) => (
            <div key={clause.id} className="grid gap-1">
              <Label htmlFor={`clause-${clause.id}`} className="text-xs text-muted-foreground">
                {clause.id}
              </Label>
              <Textarea
                id={`clause-${clause.id}`}
                rows={2}
                defaultValue={clause.text}
                onChange={(event) => setClauseEdits((current) => ({ ...current, [clause.id]: event.target.value }))}
              />
            </div>
          ))}
        </div>
      </details>
      {rounding.length ? (
        <fieldset className="grid gap-2 rounded-md border p-3">
          <legend className="px-1 text-sm font-medium">{t("roundingHeading")}</legend>
          <p className="text-xs text-muted-foreground">{t("roundingHint")}</p>
          {rounding.map((option) => (
            <label key={option.metric} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                defaultChecked={option.on}
                onChange={(event) => setRoundingEdits((current) => ({ ...current, [option.metric]: event.target.checked }))}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      {fields.map((field) => {
        const offered = suggestions.filter((suggestion) => (field.name === "plans" ? suggestion.section === "plans" : field.name === "problems" && suggestion.section === "problems"));
        return (
          <div key={field.name} className="grid gap-2">
            <Label htmlFor={`summary-${field.name}`}>{field.label}</Label>
            <Textarea
              id={`summary-${field.name}`}
              name={field.name}
              rows={8}
              value={narrative[field.name]}
              onChange={(event) => setNarrative((current) => ({ ...current, [field.name]: event.target.value }))}
              placeholder={t("narrativePlaceholder")}
            />
            {offered.length ? (
              <ul className="grid gap-2 rounded-md bg-muted/50 p-3 text-sm" aria-label={t("suggestions")}>
                {offered.map((suggestion) => (
                  <li key={suggestion.key} className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                    <span>{suggestion.text}</span>
                    <Button type="button" variant="outline" size="sm" onClick={() => insert(field.name, suggestion.text)}>
                      {t("insertSuggestion")}
                    </Button>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
