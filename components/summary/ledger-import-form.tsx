"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/define-action";
import type { ImportReport } from "@/lib/ledger/year/workbook";

/** Sends a workbook to the import route and shows its report, bad cell by bad cell. */
export function LedgerImportForm({ year }: { year: number }) {
  const t = useTranslations("summary.ledger");
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<ImportReport> | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    try {
      const response = await fetch("/api/summary/ledger", { method: "POST", body: new FormData(event.currentTarget), credentials: "same-origin" });
      setResult((await response.json()) as ActionResult<ImportReport>);
    } finally {
      setPending(false);
    }
  }

  const report = result?.ok ? result.data : null;
  return (
    <form onSubmit={submit} className="grid gap-4" aria-busy={pending}>
      <input type="hidden" name="year" value={year} />
      <label className="grid gap-1 text-sm">
        {t("file")}
        <input type="file" name="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required className="text-sm" />
      </label>
      <fieldset className="grid gap-2 text-sm">
        <legend className="font-medium">{t("mode")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="mode" value="all" defaultChecked />
          {t("modeAll")}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="mode" value="valid" />
          {t("modeValid")}
        </label>
      </fieldset>
      <div>
        <Button type="submit" pending={pending}>
          {pending ? t("importing") : t("import")}
        </Button>
      </div>
      {result && !result.ok ? <Alert variant="error">{[result.error, ...Object.values(result.fieldErrors ?? {}).flat()].join(" ")}</Alert> : null}
      {report ? (
        <div className="grid gap-2" role="status">
          {report.written || !report.problems.length ? (
            <Alert variant="success">{t("imported", { created: report.created, updated: report.updated, unchanged: report.unchanged })}</Alert>
          ) : (
            <Alert variant="error">{t("nothingWritten")}</Alert>
          )}
          {report.problems.length ? (
            <div className="text-sm">
              <p className="font-medium">{t("problems")}</p>
              <ul className="list-disc pl-5">
                {report.problems.map((problem, index) => (
                  <li key={index}>
                    {t("problem", { sheet: problem.sheet, row: problem.row, column: problem.column ? t("problemColumn", { column: problem.column }) : "", message: problem.message })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
