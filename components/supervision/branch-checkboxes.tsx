"use client";

import { useFieldError } from "@/components/forms/action-form";

interface BranchCheckboxesProps {
  legend: string;
  hint?: string;
  branches: { id: string; name: string }[];
  defaultValue?: string[];
}

/** Branches picked inside an ActionForm: one checkbox each, submitted as `branchIds[]`, errors under the list. */
export function BranchCheckboxes({ legend, hint, branches, defaultValue = [] }: BranchCheckboxesProps) {
  const name = "branchIds[]";
  const error = useFieldError(name);
  const errorId = "field-branchIds-error";
  return (
    <fieldset className="grid gap-2" aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
      <div className="grid gap-2 sm:grid-cols-2">
        {branches.map((branch) => (
          <label key={branch.id} className="flex min-h-8 items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={branch.id} defaultChecked={defaultValue.includes(branch.id)} className="size-4 accent-primary" />
            {branch.name}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="text-sm text-destructive">
          {error.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
