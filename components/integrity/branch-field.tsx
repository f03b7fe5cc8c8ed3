"use client";

import { SelectField } from "@/components/forms/fields";
import { FormField, fieldHintId } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

interface BranchFieldProps {
  branches: { id: string; name: string }[];
  defaultValue?: string;
  label: string;
  hint?: string;
}

/**
 * The branch a record belongs to (`orgUnitId`). A secretary has one branch: it is shown, not chosen.
 * Also used by the mass forms.
 */
export function BranchField({ branches, defaultValue, label, hint }: BranchFieldProps) {
  if (branches.length === 1) {
    return (
      <FormField label={label} htmlFor="field-orgUnitId-display" hint={hint}>
        <input type="hidden" name="orgUnitId" value={branches[0].id} />
        <Input
          id="field-orgUnitId-display"
          value={branches[0].name}
          readOnly
          aria-describedby={hint ? fieldHintId("field-orgUnitId-display") : undefined}
          className="bg-muted"
        />
      </FormField>
    );
  }
  return (
    <SelectField
      name="orgUnitId"
      label={label}
      hint={hint}
      options={branches.map((branch) => ({ value: branch.id, label: branch.name }))}
      placeholder=""
      defaultValue={defaultValue ?? ""}
      required
    />
  );
}
