import type { ReactNode } from "react";

import { cn } from "./cn";
import { Label } from "./label";

type FieldError = string | string[] | null | undefined;

function errorList(error: FieldError): string[] {
  if (!error) return [];
  return (Array.isArray(error) ? error : [error]).filter(Boolean);
}

export function fieldErrorId(id: string): string {
  return `${id}-error`;
}

export function fieldHintId(id: string): string {
  return `${id}-hint`;
}

/**
 * Props for the control inside a FormField, linking it to the field's error (and hint):
 *   <FormField htmlFor="title" label="标题" error={errors.title}>
 *     <Input {...fieldProps("title", errors.title)} />
 *   </FormField>
 * Pass `{ hint: true }` when the FormField has a hint; `{ name }` when the form
 * field name differs from the id.
 */
export function fieldProps(
  id: string,
  error?: FieldError,
  options: { hint?: boolean; name?: string } = {},
) {
  const invalid = errorList(error).length > 0;
  const describedBy = [options.hint ? fieldHintId(id) : null, invalid ? fieldErrorId(id) : null]
    .filter(Boolean)
    .join(" ");
  return {
    id,
    name: options.name ?? id,
    "aria-invalid": invalid ? (true as const) : undefined,
    "aria-describedby": describedBy || undefined,
  };
}

type FormFieldProps = {
  label: ReactNode;
  /** The control's id; the hint/error ids derive from it (see fieldProps). */
  htmlFor: string;
  error?: FieldError;
  hint?: ReactNode;
  required?: boolean;
  /** Screen-reader text for the required mark (e.g. "必填"); the "*" itself is aria-hidden. */
  requiredLabel?: string;
  className?: string;
  children: ReactNode;
};

export function FormField({
  label,
  htmlFor,
  error,
  hint,
  required,
  requiredLabel,
  className,
  children,
}: FormFieldProps) {
  const errors = errorList(error);
  return (
    <div data-slot="form-field" className={cn("grid gap-1.5", className)}>
      <Label htmlFor={htmlFor}>
        {label}
        {required ? (
          <>
            <span aria-hidden="true" className="text-destructive">
              *
            </span>
            {requiredLabel ? <span className="sr-only">{requiredLabel}</span> : null}
          </>
        ) : null}
      </Label>
      {children}
      {hint ? (
        <p id={fieldHintId(htmlFor)} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <div
          id={fieldErrorId(htmlFor)}
          data-slot="field-error"
          className="text-sm font-medium text-destructive"
        >
          {errors.length === 1 ? (
            <p>{errors[0]}</p>
          ) : (
            <ul className="list-disc space-y-0.5 pl-5">
              {errors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
