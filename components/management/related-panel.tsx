import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatCalendarDate } from "@/lib/dates";
import type { loadSectionRecord } from "@/lib/management/pages";
import { JOINT_LIST_KINDS } from "@/lib/management/sections";
import { SUBMISSION_STATES, type SubmissionState } from "@/lib/management/submissions";
import { AgendaItemDialog, AssessDialog, RemoveAgendaItemButton, SubmitDocumentDialog } from "./related-forms";

type Related = NonNullable<Awaited<ReturnType<typeof loadSectionRecord>>["related"]>;

const STATE_VARIANT: Record<SubmissionState, BadgeProps["variant"]> = { SUBMITTED: "success", SUBMITTED_LATE: "warning", PENDING: "secondary", OVERDUE: "danger" };

function Panel({ title, action, children }: { title: string; action?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-3">
        <CardTitle>{title}</CardTitle>
        {action}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

/** The part of a management record's page its section adds: tracker, assessments, agenda, four lists, cadre changes. */
export async function RelatedPanel({ recordId, related, writesOrgan, canSubmit }: { recordId: string; related: Related; writesOrgan: boolean; canSubmit: boolean }) {
  const t = await getTranslations("management");
  const empty = (text: string) => <p className="text-sm text-muted-foreground">{text}</p>;
  switch (related.kind) {
    case "tracker": {
      const filesOf = (submissionId: string | null) => related.files.filter((file) => file.recordId === submissionId);
      return (
        <Panel title={t("tracker.title")}>
          <ul className="mb-4 flex flex-wrap gap-2" aria-label={t("tracker.totals")}>
            {SUBMISSION_STATES.map((state) => (
              <li key={state}>
                <Badge variant={STATE_VARIANT[state]} data-testid={`tracker-total-${state}`}>
                  {t(`tracker.states.${state}`)} {related.totals[state]}
                </Badge>
              </li>
            ))}
          </ul>
          {related.rows.length === 0 ? (
            empty(t("tracker.empty"))
          ) : (
            <ul className="grid gap-2">
              {related.rows.map((row) => (
                <li key={row.orgUnitId} className="grid gap-2 rounded-md border p-3 text-sm sm:grid-cols-[1fr_auto] sm:items-center" data-testid={`tracker-row-${row.branchName}`}>
                  <div className="grid gap-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{row.branchName}</span>
                      <Badge variant={STATE_VARIANT[row.state]}>{t(`tracker.states.${row.state}`)}</Badge>
                    </div>
                    {row.submittedAt ? (
                      <p className="text-xs text-muted-foreground">{t("tracker.submittedBy", { name: row.submittedBy ?? "", date: formatCalendarDate(row.submittedAt) })}</p>
                    ) : null}
                    {row.note ? <p className="text-xs whitespace-pre-line">{row.note}</p> : null}
                    {filesOf(row.submissionId).length > 0 ? (
                      <ul className="flex flex-wrap gap-x-3 gap-y-1">
                        {filesOf(row.submissionId).map((file) => (
                          <li key={file.id}>
                            <a href={`/api/attachments/${file.id}`} className="break-all text-primary hover:underline">
                              {file.fileName}
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                  {canSubmit ? <SubmitDocumentDialog requestId={recordId} orgUnitId={row.orgUnitId} branchName={row.branchName} again={row.submissionId !== null} /> : null}
                </li>
              ))}
            </ul>
          )}
        </Panel>
      );
    }
    case "assessments":
      return (
        <Panel title={t("assessments.title")} action={writesOrgan ? <AssessDialog standardId={recordId} branches={related.branches} maxScore={related.maxScore} /> : null}>
          {related.assessments.length === 0 ? (
            empty(t("assessments.empty"))
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("assessments.branch")}</TableHead>
                  <TableHead>{t("assessments.score")}</TableHead>
                  <TableHead>{t("assessments.met")}</TableHead>
                  <TableHead>{t("assessments.note")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {related.assessments.map((assessment) => (
                  <TableRow key={assessment.id}>
                    <TableCell>{assessment.orgUnit.name}</TableCell>
                    <TableCell className="tabular-nums">{assessment.score}</TableCell>
                    <TableCell>
                      <Badge variant={assessment.met ? "success" : "danger"}>{assessment.met ? t("assessments.yes") : t("assessments.no")}</Badge>
                    </TableCell>
                    <TableCell className="whitespace-normal">{assessment.note}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Panel>
      );
    case "agenda":
      return (
        <Panel title={t("agenda.title")} action={writesOrgan ? <AgendaItemDialog meetingId={recordId} /> : null}>
          {related.items.length === 0 ? (
            empty(t("agenda.empty"))
          ) : (
            <ul className="grid gap-3">
              {related.items.map((item) => (
                <li key={item.id} className="flex items-start gap-2 text-sm">
                  <Badge variant="secondary">{t(`enums.agendaTopic.${item.topic}`)}</Badge>
                  <div className="grid min-w-0 flex-1 gap-1">
                    <span className="font-medium">{item.title}</span>
                    {item.decision ? <span className="whitespace-pre-line text-muted-foreground">{t("agenda.decisionIs", { decision: item.decision })}</span> : null}
                  </div>
                  {writesOrgan ? <RemoveAgendaItemButton id={item.id} title={item.title} /> : null}
                </li>
              ))}
            </ul>
          )}
        </Panel>
      );
    case "partner":
      return (
        <>
          <Panel title={t("partner.lists")}>
            <div className="grid gap-4 sm:grid-cols-2">
              {JOINT_LIST_KINDS.map((kind) => {
                const entries = related.entries.filter((entry) => entry.listKind === kind);
                return (
                  <section key={kind} className="grid content-start gap-2">
                    <h3 className="text-sm font-medium">{t(`enums.jointListKind.${kind}`)}</h3>
                    {entries.length === 0 ? (
                      empty(t("partner.noEntries"))
                    ) : (
                      <ul className="grid gap-1 text-sm">
                        {entries.map((entry) => (
                          <li key={entry.id}>
                            <Link href={`/management/joint-list-entries/${entry.id}`} className="hover:underline">
                              {entry.content}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </section>
                );
              })}
            </div>
          </Panel>
          <Panel title={t("partner.activities")}>
            {related.activities.length === 0 ? (
              empty(t("partner.noActivities"))
            ) : (
              <ul className="grid gap-1 text-sm">
                {related.activities.map((activity) => (
                  <li key={activity.id} className="flex gap-3">
                    <span className="text-muted-foreground tabular-nums">{formatCalendarDate(activity.date)}</span>
                    <Link href={`/management/joint-activities/${activity.id}`} className="text-primary hover:underline">
                      {activity.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </>
      );
    case "cadres":
      return (
        <Panel title={t("cadres.title")}>
          {related.posts.length === 0 ? (
            empty(t("cadres.empty"))
          ) : (
            <ul className="grid gap-1 text-sm">
              {related.posts.map((post) => (
                <li key={post.id} className="flex flex-wrap gap-x-3">
                  <span className="font-medium">{post.member.name}</span>
                  <span>{t(`cadres.posts.${post.kind}`)}</span>
                  <span className="text-muted-foreground tabular-nums">
                    {formatCalendarDate(post.fromDate)} – {post.toDate ? formatCalendarDate(post.toDate) : t("cadres.current")}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      );
  }
}
