import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { LedgerButton } from "@/components/ledger/ledger-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { SearchForm } from "@/components/ui/search-form";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { ageOn, formatCalendarDate, isYouthOn, todayInOrgan } from "@/lib/dates";
import type { BranchPageData } from "@/lib/roster/branch-page";
import { BranchBusinessDialog } from "./branch-business-dialog";
import { AddMemberDialog, AddPostDialog, EditMemberDialog, EndMembershipButton, EndPostButton, TransferMemberDialog } from "./member-forms";

interface BranchDetailProps extends BranchPageData {
  user: CurrentUser;
  query: { page: number; q?: string };
}

export async function BranchDetail({ user, query, branch, members, memberOptions, posts, leaders, branchOptions }: BranchDetailProps) {
  const t = await getTranslations();
  const today = todayInOrgan();
  const todayText = formatCalendarDate(today);
  const canWriteRoster = can(user.role, "roster.write");
  const managesBusiness = can(user.role, "branch.manageBusiness");
  const hrefForPage = (page: number) => {
    const params = new URLSearchParams({ page: String(page), ...(query.q ? { q: query.q } : {}) });
    return `/branches/${branch.id}?${params}`;
  };
  const currentPosts = posts.filter((post) => !post.toDate || post.toDate >= today);
  const otherBranches = branchOptions.filter((option) => option.id !== branch.id).map((option) => ({ value: option.id, label: option.name }));

  return (
    <div className="grid gap-6">
      <PageHeader
        title={branch.name}
        description={[t(`orgTypes.${branch.type}`), branch.parent?.name].filter(Boolean).join(" · ")}
        actions={
          managesBusiness ? (
            <BranchBusinessDialog branch={branch} leaders={leaders.map((leader) => ({ value: leader.id, label: leader.displayName }))} />
          ) : null
        }
      />

      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle className="text-base">{t("common.details")}</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted-foreground">{t("branches.departments")}</dt>
              <dd>{branch.departments.join("、") || t("common.none")}</dd>
              <dt className="text-muted-foreground">{t("branches.supervisingLeader")}</dt>
              <dd>{branch.supervisingLeader?.displayName ?? t("common.none")}</dd>
              <dt className="text-muted-foreground">{t("branches.groups")}</dt>
              <dd>{branch.children.map((child) => child.name).join("、") || t("common.none")}</dd>
              <dt className="text-muted-foreground">{t("admin.effectiveFrom")}</dt>
              <dd>{formatCalendarDate(branch.effectiveFrom)}</dd>
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader className="flex flex-row items-center justify-between gap-2">
            <CardTitle className="text-base">{t("roster.committee")}</CardTitle>
            {canWriteRoster ? (
              <AddPostDialog
                branchId={branch.id}
                today={todayText}
                members={memberOptions.map((member) => ({ value: member.id, label: member.name }))}
              />
            ) : null}
          </CardHeader>
          <CardContent>
            {currentPosts.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("roster.noPosts")}</p>
            ) : (
              <ul className="grid gap-1 text-sm">
                {currentPosts.map((post) => (
                  <li key={post.id} className="flex items-center justify-between gap-2">
                    <span>
                      <span className="font-medium">{t(`posts.${post.kind}`)}</span> {post.member.name}
                      <span className="ml-2 text-muted-foreground">{t("common.since", { date: formatCalendarDate(post.fromDate) })}</span>
                    </span>
                    {canWriteRoster ? (
                      <EndPostButton post={{ id: post.id, label: `${t(`posts.${post.kind}`)} ${post.member.name}` }} today={todayText} />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>

      <section aria-labelledby="roster-heading" className="grid gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="roster-heading" className="text-lg font-semibold">
            {t("roster.title")} <span className="text-sm font-normal text-muted-foreground">({members.total})</span>
          </h2>
          <div className="flex flex-wrap items-center gap-2">
            <SearchForm defaultValue={query.q ?? ""} placeholder={t("common.searchPlaceholder")} submitLabel={t("common.search")} />
            <LedgerButton type="roster" params={{ branch: branch.id, q: query.q }} />
            {canWriteRoster ? <AddMemberDialog branchId={branch.id} today={todayText} /> : null}
          </div>
        </div>
        {members.rows.length === 0 ? (
          <EmptyState
            icon={<Users />}
            title={query.q ? t("common.noResults") : t("roster.empty")}
            description={query.q ? t("common.noResultsHint") : canWriteRoster ? t("roster.emptyHint") : undefined}
          />
        ) : (
          <>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("roster.name")}</TableHead>
                  <TableHead>{t("roster.gender")}</TableHead>
                  <TableHead>{t("roster.age")}</TableHead>
                  <TableHead>{t("roster.position")}</TableHead>
                  <TableHead>{t("roster.status")}</TableHead>
                  <TableHead>{t("roster.joinedPartyOn")}</TableHead>
                  {canWriteRoster ? <TableHead className="text-right">{t("common.actions")}</TableHead> : null}
                </TableRow>
              </TableHeader>
              <TableBody>
                {members.rows.map((member) => (
                  <TableRow key={member.id}>
                    <TableCell className="font-medium">
                      {member.name}
                      {member.posts.map((post) => (
                        <Badge key={post.id} variant="outline" className="ml-2">
                          {t(`posts.${post.kind}`)}
                        </Badge>
                      ))}
                    </TableCell>
                    <TableCell>{t(`gender.${member.gender}`)}</TableCell>
                    <TableCell className="tabular-nums">
                      {ageOn(member.birthDate, today)}
                      {isYouthOn(member.birthDate, today) ? (
                        <Badge variant="success" className="ml-2">
                          {t("roster.youth")}
                        </Badge>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      {member.position}
                      {member.isSeniorCadre ? <span className="ml-1 text-xs text-muted-foreground">（{t("roster.seniorCadre")}）</span> : null}
                    </TableCell>
                    <TableCell>{t(`memberStatus.${member.status}`)}</TableCell>
                    <TableCell className="tabular-nums">{formatCalendarDate(member.joinedPartyOn)}</TableCell>
                    {canWriteRoster ? (
                      <TableCell className="text-right whitespace-nowrap">
                        <EditMemberDialog
                          member={{
                            ...member,
                            birthDate: formatCalendarDate(member.birthDate),
                            joinedPartyOn: formatCalendarDate(member.joinedPartyOn),
                          }}
                        />
                        {managesBusiness ? <TransferMemberDialog member={member} branches={otherBranches} today={todayText} /> : null}
                        <EndMembershipButton member={member} branchId={branch.id} today={todayText} />
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <ListPagination page={members.page} pageSize={members.pageSize} total={members.total} hrefForPage={hrefForPage} />
          </>
        )}
      </section>
    </div>
  );
}
