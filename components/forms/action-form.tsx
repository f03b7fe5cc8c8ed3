"use client";

import { createContext, useActionState, useContext, useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { formDataToObject, issuesByField, translateIssue } from "@/lib/validation-issues";
import type { ActionResult, ConflictNotice } from "@/lib/actions/define-action";

type FormAction = (previous: ActionResult<unknown> | undefined, formData: FormData) => Promise<ActionResult<unknown>>;

const FieldErrorsContext = createContext<{ errors: Record<string, string[]>; pending: boolean }>({ errors: {}, pending: false });

export function useFieldError(name: string): string[] | undefined {
  return useContext(FieldErrorsContext).errors[name];
}

export function useFormPending(): boolean {
  return useContext(FieldErrorsContext).pending;
}

/**
 * Loads the zod schema the server action parses (a dynamic import of the area's schema module),
 * so zod and the schemas are not among the scripts a page needs before it can paint.
 */
export type SchemaLoader = () => Promise<z.ZodType>;

interface ActionFormProps {
  action: FormAction;
  /** The same schema the server action parses, checked here first so mistakes show without a round trip. */
  schema?: SchemaLoader;
  successMessage?: string;
  onSuccess?: (data: unknown) => void;
  className?: string;
  children: ReactNode;
}

/**
 * A form bound to a server action. Validation errors come back field by field (from the
 * shared schema in the browser, or from the server) and show under each field; other
 * failures show at the top of the form. A refused submission keeps what the user typed.
 */
export function ActionForm({ action, schema, successMessage, onSuccess, className, children }: ActionFormProps) {
  const t = useTranslations();
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const submitted = useRef<FormData | null>(null);
  const loadedSchema = useRef<z.ZodType | null>(null);
  const loadingSchema = useRef<Promise<z.ZodType | null> | null>(null);
  // Set while re-submitting a form that waited for its schema and passed it.
  const checkedSubmission = useRef(false);
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<unknown> | undefined, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) {
      if (successMessage) toast({ title: successMessage, variant: "success" });
      onSuccess?.(result.data);
    }
    return result;
  }, undefined);

  // React resets a form once its action settles, refused or not, so fields the page does not
  // hold in state would fall back to their defaults; put back what was sent after a refusal.
  useLayoutEffect(() => {
    if (state && !state.ok && submitted.current && formRef.current) restoreFields(formRef.current, submitted.current);
  }, [state]);

  // The schema loads when the user first enters the form, well before a submission needs it.
  // Null when there is none or it could not load: the server's check of the same schema remains.
  function loadSchema(): Promise<z.ZodType | null> {
    loadingSchema.current ??= schema
      ? schema().then(
          (loaded) => (loadedSchema.current = loaded),
          () => null,
        )
      : Promise.resolve(null);
    return loadingSchema.current;
  }

  /** True when the data passes the schema; otherwise shows its messages under the fields. */
  function passes(data: FormData, checked: z.ZodType): boolean {
    const parsed = checked.safeParse(formDataToObject(data));
    if (parsed.success) {
      setClientErrors(null);
      return true;
    }
    const fields = issuesByField(parsed.error);
    setClientErrors(
      Object.fromEntries(Object.entries(fields).map(([field, messages]) => [field, messages.map((m) => translateIssue(m, t))])),
    );
    return false;
  }

  function validateInBrowser(event: FormEvent<HTMLFormElement>) {
    submitted.current = new FormData(event.currentTarget);
    if (!schema || checkedSubmission.current) {
      checkedSubmission.current = false;
      return;
    }
    if (loadedSchema.current) {
      if (!passes(submitted.current, loadedSchema.current)) event.preventDefault();
      return;
    }
    // Submitted before the schema arrived: hold the submission, check it, then send it again.
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = event.nativeEvent instanceof SubmitEvent ? event.nativeEvent.submitter : null;
    const data = submitted.current;
    void loadSchema().then((loaded) => {
      if (loaded && !passes(data, loaded)) return;
      checkedSubmission.current = true;
      form.requestSubmit(submitter);
    });
  }

  const serverErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const errors = clientErrors ?? serverErrors;
  const formError = clientErrors ? t("errors.validation") : state && !state.ok ? state.error : null;

  return (
    <FieldErrorsContext.Provider value={{ errors, pending }}>
      <form ref={formRef} action={formAction} onFocus={() => void loadSchema()} onSubmit={validateInBrowser} className={className ?? "grid gap-4"} noValidate>
        {formError ? (
          <Alert variant="error">
            {formError}
            {errors._form ? ` ${errors._form.join(" ")}` : null}
            {!clientErrors && state && !state.ok && state.conflict ? <ConflictDetails notice={state.conflict} /> : null}
          </Alert>
        ) : null}
        {children}
      </form>
    </FieldErrorsContext.Provider>
  );
}

/** What someone else saved meanwhile: who, when, and each changed field as it is stored now. */
function ConflictDetails({ notice }: { notice: ConflictNotice }) {
  const t = useTranslations("errors");
  return (
    <div className="mt-2 grid gap-1" data-testid="conflict-details">
      {notice.savedAt ? (
        <p>{notice.savedBy ? t("conflictSavedBy", { name: notice.savedBy, at: notice.savedAt }) : t("conflictSavedAt", { at: notice.savedAt })}</p>
      ) : null}
      {notice.changes === null ? (
        <p>{t("conflictUnknown")}</p>
      ) : notice.changes.length > 0 ? (
        <>
          <p>{t("conflictChanges")}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
            {notice.changes.map((change) => (
              <div key={change.field} className="contents">
                <dt className="font-medium">{change.label}</dt>
                <dd className="break-words whitespace-pre-wrap">{change.value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <p>{t("conflictKeep")}</p>
    </div>
  );
}

/**
 * Writes submitted values back into a form's fields, by name and position among same-named
 * fields. Hidden fields keep their own values (the page renders them) and files cannot be set.
 */
function restoreFields(form: HTMLFormElement, data: FormData) {
  const seen = new Map<string, number>();
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
    if (!element.name || element.type === "hidden" || element.type === "file") continue;
    const values = data.getAll(element.name).map(String);
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
      element.checked = values.includes(element.value);
    } else if (element instanceof HTMLSelectElement && element.multiple) {
      for (const option of Array.from(element.options)) option.selected = values.includes(option.value);
    } else {
      const index = seen.get(element.name) ?? 0;
      seen.set(element.name, index + 1);
      if (values[index] !== undefined) element.value = values[index];
    }
  }
}

export function SubmitButton({ children, className }: { children: ReactNode; className?: string }) {
  const pending = useFormPending();
  return (
    <Button type="submit" pending={pending} className={className}>
      {children}
    </Button>
  );
}
