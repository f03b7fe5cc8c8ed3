"use client";

import { useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import { useFieldError } from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";

interface EntryRowsProps<T> {
  /** The form field: the rows as one JSON value (see jsonList() in lib/validation.ts). */
  name: string;
  legend: string;
  addLabel: string;
  initial: T[];
  blank: () => T;
  /** The row as the server wants it (drop client-only state). */
  serialize?: (row: T) => unknown;
  /** One row's controls; `label` prefixes each control's accessible name ("第 2 位 发言人"). */
  renderRow: (row: T, update: (patch: Partial<T>) => void, label: string) => ReactNode;
  emptyText?: string;
}

/** A growable list of rows inside a form (speakers, 列席): add, edit, remove; submitted as JSON. */
export function EntryRows<T>({ name, legend, addLabel, initial, blank, serialize, renderRow, emptyText }: EntryRowsProps<T>) {
  const t = useTranslations("education");
  const error = useFieldError(name);
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState(() => initial.map((row, index) => ({ key: index, row })));
  const update = (key: number, patch: Partial<T>) => setRows((current) => current.map((item) => (item.key === key ? { key, row: { ...item.row, ...patch } } : item)));
  return (
    <fieldset className="grid gap-3" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <input type="hidden" name={name} value={JSON.stringify(rows.map(({ row }) => (serialize ? serialize(row) : row)))} />
      {rows.length === 0 && emptyText ? <p className="text-sm text-muted-foreground">{emptyText}</p> : null}
      {rows.length ? (
        <ol className="grid gap-3">
          {rows.map(({ key, row }, index) => (
            <li key={key} className="grid gap-2 rounded-lg border bg-muted/30 p-3 sm:grid-cols-[1fr_auto] sm:items-start">
              <div className="grid gap-2 sm:grid-cols-3">{renderRow(row, (patch) => update(key, patch), t("rowNumber", { index: index + 1 }))}</div>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                className="justify-self-end text-destructive"
                onClick={() => setRows((current) => current.filter((item) => item.key !== key))}
                aria-label={t("removeRow", { index: index + 1 })}
              >
                <Trash2 aria-hidden />
              </Button>
            </li>
          ))}
        </ol>
      ) : null}
      {error ? (
        <p id={`${name}-error`} data-slot="field-error" className="text-sm font-medium text-destructive">
          {error.join(" ")}
        </p>
      ) : null}
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="justify-self-start"
        onClick={() => {
          setRows((current) => [...current, { key: nextKey.current, row: blank() }]);
          nextKey.current += 1;
        }}
      >
        <Plus aria-hidden />
        {addLabel}
      </Button>
    </fieldset>
  );
}
