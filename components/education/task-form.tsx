"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton, useFieldError } from "@/components/forms/action-form";
import { DateField, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { createStudyTaskAction, updateStudyTaskAction } from "@/lib/checklist/actions";
import { TASK_STATUSES, type TaskStatusName } from "@/lib/checklist/options";

export interface TaskValues {
  id: string;
  version: number;
  formId: string;
  content: string;
  deadline: string;
  leadUnit: string;
  responsibleUnits: string[];
  status: TaskStatusName;
  completedOn: string | null;
  sessionIds: string[];
}

interface LinkableSession {
  id: string;
  date: string;
  topic: string;
  unit: string;
}

/** The year's study sessions as a filterable list of checkboxes; the picked ids go in one field. */
function SessionLinks({ sessions, initial }: { sessions: LinkableSession[]; initial: string[] }) {
  const t = useTranslations("checklist");
  const error = useFieldError("sessionIds");
  const [picked, setPicked] = useState(() => new Set(initial));
  const [filter, setFilter] = useState("");
  const shown = sessions.filter((session) => !filter || session.topic.includes(filter) || session.unit.includes(filter) || session.date.includes(filter));
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{t("sessions")}</legend>
      <p className="text-sm text-muted-foreground">{t("sessionsHint")}</p>
      <input type="hidden" name="sessionIds" value={[...picked].join(",")} />
      {sessions.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("sessionsNone")}</p>
      ) : (
        <>
          <Input type="search" aria-label={t("sessionsFilter")} placeholder={t("sessionsFilter")} value={filter} onChange={(event) => setFilter(event.target.value)} className="sm:max-w-sm" />
          <ul className="max-h-64 divide-y overflow-y-auto rounded-md border">
            {shown.map((session) => (
              <li key={session.id}>
                <label className="flex items-start gap-2 px-3 py-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 shrink-0 accent-primary"
                    checked={picked.has(session.id)}
                    onChange={(event) =>
                      setPicked((current) => {
                        const next = new Set(current);
                        if (event.target.checked) next.add(session.id);
                        else next.delete(session.id);
                        return next;
                      })
                    }
                  />
                  <span>
                    <span className="text-muted-foreground tabular-nums">{session.date}</span> {session.topic}
                    <span className="ml-1 text-xs text-muted-foreground">（{session.unit}）</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {error ? <p className="text-sm font-medium text-destructive">{error.join(" ")}</p> : null}
    </fieldset>
  );
}

export function TaskForm({ forms, sessions, task, defaultFormId, cancelHref }: {
  forms: { id: string; name: string }[];
  sessions: LinkableSession[];
  task?: TaskValues;
  defaultFormId?: string;
  cancelHref: string;
}) {
  const t = useTranslations("checklist");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [status, setStatus] = useState<TaskStatusName>(task?.status ?? "NOT_STARTED");
  return (
    <ActionForm
      action={task ? updateStudyTaskAction : createStudyTaskAction}
      schema={() => import("@/lib/checklist/schema").then((m) => (task ? m.updateStudyTaskSchema : m.createStudyTaskSchema))}
      successMessage={t("taskSaved")}
      onSuccess={(data) => {
        router.push(`/education/checklist/tasks/${(data as { id: string }).id}`);
        router.refresh();
      }}
      className="grid gap-6"
    >
      {task ? (
        <>
          <input type="hidden" name="id" value={task.id} />
          <input type="hidden" name="version" value={task.version} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="formId"
          label={t("form")}
          defaultValue={task?.formId ?? defaultFormId ?? ""}
          placeholder=""
          options={forms.map((form) => ({ value: form.id, label: form.name }))}
          required
        />
        <DateField name="deadline" label={t("deadline")} defaultValue={task?.deadline} required />
        <TextareaField name="content" label={t("content")} defaultValue={task?.content} required maxLength={1000} rows={3} className="sm:col-span-2" />
        <TextField name="leadUnit" label={t("leadUnit")} defaultValue={task?.leadUnit} required maxLength={60} />
        <TextareaField
          name="responsibleUnits"
          label={t("responsibleUnits")}
          hint={t("responsibleUnitsHint")}
          defaultValue={task?.responsibleUnits.join("\n")}
          rows={2}
          className="sm:row-span-2"
        />
        <SelectField
          name="status"
          label={t("status")}
          value={status}
          onChange={(event) => setStatus(event.target.value as TaskStatusName)}
          options={TASK_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
          required
        />
        {status === "DONE" ? <DateField name="completedOn" label={t("completedOn")} defaultValue={task?.completedOn ?? undefined} required /> : null}
      </div>
      <SessionLinks sessions={sessions} initial={task?.sessionIds ?? []} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{tCommon("save")}</SubmitButton>
        <Button type="button" variant="outline" onClick={() => router.push(cancelHref)}>
          {tCommon("cancel")}
        </Button>
      </div>
    </ActionForm>
  );
}
