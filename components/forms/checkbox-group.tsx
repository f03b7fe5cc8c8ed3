"use client";

import { useFieldError } from "@/components/forms/action-form";
import { fieldErrorId, fieldHintId } from "@/components/ui/form-field";

interface CheckboxGroupFieldProps {
  name: string;
  legend: string;
  hint?: string;
  required?: boolean;
  /** Read to screen readers beside the asterisk of a required group. */
  requiredLabel?: string;
  options: { value: string; label: string }[];
  defaultValue?: string[];
}

/** A multi-select inside an ActionForm as checkboxes (big touch targets on phones); submits every ticked value under `name`. */
export function CheckboxGroupField({ name, legend, hint, required, requiredLabel, options, defaultValue = [] }: CheckboxGroupFieldProps) {
  const error = useFieldError(name);
  const id = `field-${name}`;
  const describedBy = [hint ? fieldHintId(id) : null, error ? fieldErrorId(id) : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="grid gap-2" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="mb-1.5 text-sm font-medium">
        {legend}
        {required ? (
          <>
            <span aria-hidden="true" className="ml-1 text-destructive">
              *
            </span>
            <span className="sr-only">{requiredLabel}</span>
          </>
        ) : null}
      </legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-10 items-center gap-2 rounded-md border px-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
            <input type="checkbox" name={name} value={option.value} defaultChecked={defaultValue.includes(option.value)} className="size-4 accent-primary" />
            {option.label}
          </label>
        ))}
      </div>
      {hint ? (
        <p id={fieldHintId(id)} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={fieldErrorId(id)} data-slot="field-error" className="text-sm font-medium text-destructive">
          {error.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
