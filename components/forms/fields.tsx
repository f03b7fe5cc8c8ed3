"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FormField, fieldProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { useFieldError } from "./action-form";

interface BaseFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
}

function Field({ name, label, hint, required, className, children }: BaseFieldProps & { children: (error?: string[]) => ReactNode }) {
  const t = useTranslations("common");
  const error = useFieldError(name);
  return (
    <FormField label={label} htmlFor={`field-${name}`} error={error} hint={hint} required={required} requiredLabel={t("required")} className={className}>
      {children(error)}
    </FormField>
  );
}

type InputAttributes = Omit<React.ComponentProps<"input">, "name" | "id">;

export function TextField({ name, label, hint, required, className, ...input }: BaseFieldProps & InputAttributes) {
  return (
    <Field name={name} label={label} hint={hint} required={required} className={className}>
      {(error) => <Input {...fieldProps(`field-${name}`, error, { hint: Boolean(hint), name })} required={required} {...input} />}
    </Field>
  );
}

export function DateField(props: BaseFieldProps & Omit<InputAttributes, "type">) {
  return <TextField type="date" {...props} />;
}

export function TextareaField({
  name,
  label,
  hint,
  required,
  className,
  ...textarea
}: BaseFieldProps & Omit<React.ComponentProps<"textarea">, "name" | "id">) {
  return (
    <Field name={name} label={label} hint={hint} required={required} className={className}>
      {(error) => <Textarea {...fieldProps(`field-${name}`, error, { hint: Boolean(hint), name })} required={required} {...textarea} />}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({
  name,
  label,
  hint,
  required,
  className,
  options,
  placeholder,
  ...select
}: BaseFieldProps & Omit<React.ComponentProps<"select">, "name" | "id"> & { options: Option[]; placeholder?: string }) {
  return (
    <Field name={name} label={label} hint={hint} required={required} className={className}>
      {(error) => (
        <NativeSelect {...fieldProps(`field-${name}`, error, { hint: Boolean(hint), name })} required={required} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </NativeSelect>
      )}
    </Field>
  );
}

export function CheckboxField({ name, label, defaultChecked }: { name: string; label: ReactNode; defaultChecked?: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} className="size-4 accent-primary" />
      {label}
    </label>
  );
}
