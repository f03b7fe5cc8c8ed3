import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { WARNING_FORMS } from "../schema";
import { yearScope } from "./year-scope";

type WarningFormName = (typeof WARNING_FORMS)[number];

export interface WarningEducation {
  activities: number;
  peopleReached: number;
  byForm: Record<WarningFormName, { activities: number; peopleReached: number }>;
}

/** 警示教育 of the year per form (案例汇编、专家授课、参观) with the people it reached. */
export async function warningEducation(year: number, branchId?: string, client: Db = db): Promise<WarningEducation> {
  const rows = await client.integrityActivity.groupBy({
    by: ["warningForm"],
    where: { ...yearScope(year, branchId), kind: "WARNING_EDUCATION" },
    _count: { _all: true },
    _sum: { peopleReached: true },
  });
  const byForm = Object.fromEntries(WARNING_FORMS.map((form) => [form, { activities: 0, peopleReached: 0 }])) as WarningEducation["byForm"];
  for (const row of rows) {
    if (row.warningForm) byForm[row.warningForm] = { activities: row._count._all, peopleReached: row._sum.peopleReached ?? 0 };
  }
  const forms = Object.values(byForm);
  return {
    activities: forms.reduce((sum, form) => sum + form.activities, 0),
    peopleReached: forms.reduce((sum, form) => sum + form.peopleReached, 0),
    byForm,
  };
}
