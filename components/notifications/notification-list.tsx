import { getFormatter, getTranslations } from "next-intl/server";
import { Bell } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ListPagination } from "@/components/records/list-pagination";
import { cn } from "@/components/ui/cn";
import type { listNotifications } from "@/lib/notifications/service";
import type { NotificationLevelName } from "@/lib/notifications/schema";
import { MarkAllReadButton, MarkReadButton, OpenNotificationLink } from "./notification-actions";

const LEVEL_BADGE: Record<NotificationLevelName, "secondary" | "warning" | "danger"> = {
  INFO: "secondary",
  YELLOW: "warning",
  RED: "danger",
  OVERDUE: "danger",
};

interface NotificationListProps {
  notifications: Awaited<ReturnType<typeof listNotifications>>;
  unread: number;
}

export async function NotificationList({ notifications, unread }: NotificationListProps) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <div className="grid gap-6">
      <PageHeader
        title={t("notifications.title")}
        description={unread ? t("notifications.unreadSummary", { count: unread }) : t("notifications.allReadSummary")}
        actions={unread ? <MarkAllReadButton /> : null}
      />
      {notifications.rows.length === 0 ? (
        <EmptyState icon={<Bell />} title={t("notifications.empty")} description={t("notifications.emptyHint")} />
      ) : (
        <>
          <ul className="grid divide-y rounded-lg border" data-testid="notification-list">
            {notifications.rows.map((notification) => {
              const unreadItem = notification.readAt === null;
              return (
                <li key={notification.id} className={cn("grid gap-1 p-3 sm:p-4", unreadItem && "bg-primary-soft/40")}>
                  <div className="flex flex-wrap items-center gap-2">
                    {unreadItem ? <span className="size-2 rounded-full bg-primary" aria-label={t("notifications.unread")} /> : null}
                    <Badge variant={LEVEL_BADGE[notification.level]}>{t(`notifications.levels.${notification.level}`)}</Badge>
                    <span className={cn("min-w-0 flex-1 break-words", unreadItem && "font-semibold")}>{notification.title}</span>
                    <time className="text-xs text-muted-foreground tabular-nums" dateTime={notification.createdAt.toISOString()}>
                      {format.dateTime(notification.createdAt, { dateStyle: "short", timeStyle: "short" })}
                    </time>
                  </div>
                  {notification.body ? <p className="text-sm whitespace-pre-line text-muted-foreground">{notification.body}</p> : null}
                  <div className="flex flex-wrap items-center gap-2">
                    {notification.link ? (
                      <OpenNotificationLink id={notification.id} href={notification.link} unread={unreadItem}>
                        {t("notifications.open")}
                      </OpenNotificationLink>
                    ) : null}
                    {unreadItem ? <MarkReadButton id={notification.id} /> : null}
                  </div>
                </li>
              );
            })}
          </ul>
          <ListPagination page={notifications.page} pageSize={notifications.pageSize} total={notifications.total} hrefForPage={(page) => (page > 1 ? `/notifications?page=${page}` : "/notifications")} />
        </>
      )}
    </div>
  );
}
