import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { CurrentUser } from "@/lib/auth/session";
import { navFor } from "./nav-items";
import { NavLinks } from "./nav-links";
import { MobileNav } from "./mobile-nav";
import { NotificationBell } from "./notification-bell";
import { UserMenu } from "./user-menu";

interface AppShellProps {
  user: CurrentUser;
  organ: { name: string; isDemo: boolean } | null;
  children: React.ReactNode;
}

export async function AppShell({ user, organ, children }: AppShellProps) {
  const t = await getTranslations();
  const nav = navFor(user.role);
  const title = organ ? `${organ.name} · ${t("app.name")}` : t("app.name");
  return (
    <div className="min-h-dvh">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-background focus:p-2">
        {t("app.skipToContent")}
      </a>
      <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b bg-background/95 px-3 backdrop-blur md:px-6">
        <MobileNav business={nav.business} admin={nav.admin} title={title} />
        <Link href="/" className="flex min-w-0 items-center gap-2 font-semibold">
          <span aria-hidden className="grid size-7 shrink-0 place-items-center rounded bg-primary text-xs text-primary-foreground">
            党
          </span>
          <span className="truncate">{title}</span>
        </Link>
        {organ?.isDemo ? (
          <Badge variant="warning" title={t("app.demoHint")} data-testid="demo-badge">
            {t("app.demoBadge")}
          </Badge>
        ) : null}
        <div className="ml-auto flex items-center gap-1">
          <NotificationBell user={user} />
          <UserMenu displayName={user.displayName} roleLabel={t(`roles.${user.role}`)} />
        </div>
      </header>
      <div className="mx-auto flex max-w-[1400px]">
        <aside className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-56 shrink-0 overflow-y-auto border-r bg-background p-3 md:block">
          <NavLinks business={nav.business} admin={nav.admin} />
        </aside>
        <main id="main" className="min-w-0 flex-1 p-4 md:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
