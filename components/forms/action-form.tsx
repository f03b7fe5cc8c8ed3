"use client";

import { createContext, useActionState, useContext, useState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { formDataToObject, issuesByField, translateIssue } from "@/lib/validation";
import type { ActionResult } from "@/lib/actions/define-action";

type FormAction = (previous: ActionResult<unknown> | undefined, formData: FormData) => Promise<ActionResult<unknown>>;

const FieldErrorsContext = createContext<{ errors: Record<string, string[]>; pending: boolean }>({ errors: {}, pending: false });

export function useFieldError(name: string): string[] | undefined {
  return useContext(FieldErrorsContext).errors[name];
}

export function useFormPending(): boolean {
  return useContext(FieldErrorsContext).pending;
}

interface ActionFormProps {
  action: FormAction;
  /** The same zod schema the server action parses: checked here first so mistakes show without a round trip. */
  schema?: z.ZodType;
  successMessage?: string;
  onSuccess?: (data: unknown) => void;
  className?: string;
  children: ReactNode;
}

/**
 * A form bound to a server action. Validation errors come back field by field (from the
 * shared schema in the browser, or from the server) and show under each field; other
 * failures show at the top of the form.
 */
export function ActionForm({ action, schema, successMessage, onSuccess, className, children }: ActionFormProps) {
  const t = useTranslations();
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<unknown> | undefined, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) {
      if (successMessage) toast({ title: successMessage, variant: "success" });
      onSuccess?.(result.data);
    }
    return result;
  }, undefined);

  function validateInBrowser(event: FormEvent<HTMLFormElement>) {
    if (!schema) return;
    const parsed = schema.safeParse(formDataToObject(new FormData(event.currentTarget)));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    const fields = issuesByField(parsed.error);
    setClientErrors(
      Object.fromEntries(Object.entries(fields).map(([field, messages]) => [field, messages.map((m) => translateIssue(m, t))])),
    );
  }

  const serverErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errors = clientErrors ?? serverErrors;
  const formError = clientErrors ? t("errors.validation") : state && !state.ok ? state.error : null;

  return (
    <FieldErrorsContext.Provider value={{ errors, pending }}>
      <form action={formAction} onSubmit={validateInBrowser} className={className ?? "grid gap-4"} noValidate>
        {formError ? (
          <Alert variant="error">
            {formError}
            {errors._form ? ` ${errors._form.join(" ")}` : null}
          </Alert>
        ) : null}
        {children}
      </form>
    </FieldErrorsContext.Provider>
  );
}

export function SubmitButton({ children, className }: { children: ReactNode; className?: string }) {
  const pending = useFormPending();
  return (
    <Button type="submit" pending={pending} className={className}>
      {children}
    </Button>
  );
}
