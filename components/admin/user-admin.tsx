import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { NativeSelect } from "@/components/ui/native-select";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ROLES } from "@/lib/auth/roles";
import type { UserListQuery } from "@/lib/users/schema";
import type { listUsers } from "@/lib/users/service";
import { AssignRoleDialog, ChangeBranchDialog, CreateUserDialog, ResetPasswordDialog, ResetTotpButton, ToggleActiveButton, UnlockButton } from "./user-forms";

interface UserAdminProps {
  /** `users`: the system administrator's page; `security`: the security administrator's. */
  mode: "users" | "security";
  currentUserId: string;
  query: UserListQuery;
  users: Awaited<ReturnType<typeof listUsers>>;
  branches: { id: string; name: string }[];
}

const timeFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });

export async function UserAdmin({ mode, currentUserId, query, users, branches }: UserAdminProps) {
  const t = await getTranslations();
  const now = new Date();
  const branchOptions = branches.map((branch) => ({ value: branch.id, label: branch.name }));
  const basePath = mode === "users" ? "/admin/users" : "/admin/security";
  const filters = { ...(query.q ? { q: query.q } : {}), ...(query.role ? { role: query.role } : {}) };
  return (
    <div className="grid gap-6">
      <PageHeader
        title={mode === "users" ? t("admin.usersTitle") : t("admin.securityTitle")}
        description={mode === "users" ? t("admin.usersDescription") : t("admin.securityDescription")}
        actions={mode === "users" ? <CreateUserDialog branches={branchOptions} /> : null}
      />
      <form method="get" action={basePath} className="flex flex-wrap items-center gap-2">
        <Input name="q" defaultValue={query.q} placeholder={t("common.searchPlaceholder")} aria-label={t("common.search")} className="w-56" />
        <NativeSelect name="role" defaultValue={query.role ?? ""} aria-label={t("admin.role")}>
          <option value="">{t("admin.allRoles")}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </NativeSelect>
        <Button type="submit" variant="outline">
          {t("common.search")}
        </Button>
      </form>
      {users.rows.length === 0 ? (
        <EmptyState icon={<Users />} title={t("admin.usersEmpty")} description={t("common.noResultsHint")} />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("admin.username")}</TableHead>
                <TableHead>{t("admin.displayName")}</TableHead>
                <TableHead>{t("admin.role")}</TableHead>
                <TableHead>{t("admin.branch")}</TableHead>
                <TableHead>{t("admin.status")}</TableHead>
                {mode === "security" ? <TableHead>{t("admin.failedCount")}</TableHead> : <TableHead>{t("admin.lastLogin")}</TableHead>}
                <TableHead className="text-right">{t("common.actions")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {users.rows.map((user) => {
                const locked = Boolean(user.lockedUntil && user.lockedUntil > now);
                const self = user.id === currentUserId;
                return (
                  <TableRow key={user.id} data-testid={`user-row-${user.username}`}>
                    <TableCell className="font-mono text-sm">{user.username}</TableCell>
                    <TableCell>{user.displayName}</TableCell>
                    <TableCell>{t(`roles.${user.role}`)}</TableCell>
                    <TableCell>{user.branch?.name}</TableCell>
                    <TableCell>
                      {!user.active ? (
                        <Badge variant="secondary">{t("admin.disabled")}</Badge>
                      ) : locked ? (
                        <Badge variant="danger" title={`${t("admin.lockedUntil")} ${timeFormat.format(user.lockedUntil!)}`}>
                          {t("admin.locked")}
                        </Badge>
                      ) : (
                        <Badge variant="success">{t("admin.active")}</Badge>
                      )}
                    </TableCell>
                    {mode === "security" ? (
                      <TableCell className="tabular-nums">{user.failedLoginCount}</TableCell>
                    ) : (
                      <TableCell className="tabular-nums">{user.lastLoginAt ? timeFormat.format(user.lastLoginAt) : t("admin.never")}</TableCell>
                    )}
                    <TableCell className="text-right">
                      {self ? null : mode === "users" ? (
                        <>
                          <ResetPasswordDialog user={user} />
                          {user.role === "SECRETARY" ? <ChangeBranchDialog user={user} branches={branchOptions} /> : null}
                          <ToggleActiveButton user={user} />
                        </>
                      ) : (
                        <>
                          {locked || user.failedLoginCount > 0 ? <UnlockButton user={user} /> : null}
                          {user.totpEnabledAt ? <ResetTotpButton user={user} /> : null}
                          <AssignRoleDialog user={user} branches={branchOptions} />
                        </>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <ListPagination page={users.page} pageSize={users.pageSize} total={users.total} hrefForPage={(page) => `${basePath}?${new URLSearchParams({ ...filters, page: String(page) })}`} />
        </>
      )}
    </div>
  );
}
