import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Bell } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { CurrentUser } from "@/lib/auth/session";
import { unreadCount } from "@/lib/notifications/service";

/** The header's bell: a link to /notifications with the unread count, rendered on the server with each page. */
export async function NotificationBell({ user }: { user: CurrentUser }) {
  const [t, count] = await Promise.all([getTranslations("notifications"), unreadCount(user)]);
  return (
    <Link
      href="/notifications"
      className={cn(buttonVariants({ variant: "ghost", size: "icon" }), "relative")}
      aria-label={count ? t("bellUnread", { count }) : t("bell")}
      data-testid="notification-bell"
    >
      <Bell aria-hidden />
      {count ? (
        <span className="absolute top-1 right-1 grid h-4 min-w-4 place-items-center rounded-full bg-primary px-1 text-[10px] leading-none font-semibold text-primary-foreground tabular-nums" aria-hidden>
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
