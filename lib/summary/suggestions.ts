import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { contextFor, evaluateFigure, metricEnvironment } from "@/lib/metrics/evaluate";
import { METRICS } from "@/lib/metrics/registry";
import { spanFilter, type MetricWindow } from "./metrics";
import type { FigureValues } from "./metric-keys";
import type { Suggestion } from "./suggestions-types";

// Starting points for 二、存在问题 and 四、下步打算, drawn from the records. The office decides what
// to write; each suggestion is a sentence it can insert and edit.


/** A format counts as rare under this share of the central group's sessions. */
const RARE_FORMAT_SHARE = 0.2;
/** A branch that held less than this share (percent) of the organisational life it owed is listed. */
const LOW_COMPLETION_PERCENT = 80;
/** Business work studied in fewer 支委会 than this share is "seldom". */
const SELDOM_BUSINESS_SHARE = 0.5;

const percent = (share: number) => `${Math.round(share * 100)}%`;

export async function summarySuggestions(window: MetricWindow, figures: FigureValues): Promise<Suggestion[]> {
  const suggestions: Suggestion[] = [];
  const units = (column: Prisma.Sql) => (window.unitIds ? Prisma.sql`AND ${column} = ANY(${window.unitIds}::text[])` : Prisma.empty);
  const env = await metricEnvironment(window.unitIds ? { kind: "units", unitIds: window.unitIds } : { kind: "all" });

  const [formats, committees, completion] = await Promise.all([
    db.$queryRaw<{ total: number; collective: number; rare: number }[]>(Prisma.sql`
      SELECT count(*)::int AS total,
        count(*) FILTER (WHERE kind IN ('CENTRAL_GROUP', 'READING_CLASS'))::int AS collective,
        count(*) FILTER (WHERE kind IN ('EXPERT_LECTURE', 'FIELD_STUDY'))::int AS rare
      FROM "StudySession" WHERE level = 'PARTY_GROUP' AND "deletedAt" IS NULL AND date BETWEEN ${window.from}::date AND ${window.to}::date`),
    db.$queryRaw<{ name: string; months: number; meetings: number; business: number }[]>(Prisma.sql`
      SELECT u.name, count(m.id)::int AS meetings,
        count(m.id) FILTER (WHERE m."studiedBusiness")::int AS business
      FROM "OrgUnit" u LEFT JOIN "OrgLifeMeeting" m ON m."orgUnitId" = u.id AND m.kind = 'COMMITTEE_MEETING' AND m."deletedAt" IS NULL
        AND m.date BETWEEN ${window.from}::date AND ${window.to}::date
      WHERE u.type = 'BRANCH' AND u."deletedAt" IS NULL AND u."effectiveTo" IS NULL ${units(Prisma.sql`u.id`)}
      GROUP BY u.id, u.name, u."sortOrder" ORDER BY u."sortOrder", u.name`),
    // The dashboards' completion rate (held / owed under the organ's frequencies), split by branch.
    evaluateFigure(METRICS["education.orgLifeCompletion"], contextFor(env, spanFilter(window, "period")), { sql: Prisma.sql`r."branchName"` }),
  ]);

  const [format] = formats;
  if (format && format.total > 0 && format.rare / format.total < RARE_FORMAT_SHARE) {
    suggestions.push({
      section: "problems",
      key: "studyFormats",
      text: `党组理论学习中心组学习${format.total}次，其中集体学习研讨${format.collective}次，占${percent(format.collective / format.total)}，外请专家专题辅导和实地调研专题学习仅${format.rare}次，有待进一步创新提升中心组学习成效的方法路径。`,
    });
  }
  const low = Object.entries(completion.parts ?? {}).filter(([, rate]) => rate < LOW_COMPLETION_PERCENT);
  if (low.length) {
    suggestions.push({
      section: "problems",
      key: "orgLifeCompletion",
      text: `组织生活制度执行还不够严格，${low.map(([name, rate]) => `${name}（完成率${rate}%）`).join("、")}组织生活完成率低于${LOW_COMPLETION_PERCENT}%。`,
    });
  }
  const seldom = committees.filter((row) => row.meetings > 0 && row.business / row.meetings < SELDOM_BUSINESS_SHARE);
  if (seldom.length) {
    suggestions.push({ section: "problems", key: "committeeBusiness", text: `${seldom.map((row) => row.name).join("、")}支委会议研究重点业务工作较少。` });
  }
  const open = figures["management.openRectificationItems"];
  const overdue = figures["management.overdueRectificationItems"];
  if (open > 0) {
    suggestions.push({
      section: "problems",
      key: "rectificationOpen",
      text: `整改工作还需持续用力，尚有${open}项整改事项未销号${overdue > 0 ? `，其中${overdue}项已超过整改时限` : ""}。`,
    });
    suggestions.push({ section: "plans", key: "rectificationPlan", text: `（一）抓好整改落实。对尚未销号的${open}项整改事项逐项明确责任和时限，跟踪问效、按期销号。` });
  }
  return suggestions;
}
