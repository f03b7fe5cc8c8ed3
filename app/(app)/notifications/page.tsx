import { NotificationList } from "@/components/notifications/notification-list";
import { requirePageUser } from "@/lib/auth/session";
import { listNotifications, unreadCount } from "@/lib/notifications/service";
import { pageQuerySchema } from "@/lib/validation";

export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  const user = await requirePageUser("account.self");
  const { page } = pageQuerySchema.parse(await searchParams);
  const [notifications, unread] = await Promise.all([listNotifications(user, page), unreadCount(user)]);
  return <NotificationList notifications={notifications} unread={unread} />;
}
