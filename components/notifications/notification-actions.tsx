"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useTranslations } from "next-intl";
import { CheckCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { markAllReadAction, markReadAction } from "@/lib/notifications/actions";

/** Opens a notification's page, marking it read on the way (the bell's count drops). */
export function OpenNotificationLink({ id, href, unread, children }: { id: string; href: string; unread: boolean; children: React.ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <a
      href={href}
      aria-busy={pending || undefined}
      className="text-sm font-medium text-primary hover:underline"
      onClick={(event) => {
        if (!unread || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        startTransition(async () => {
          await markReadAction({ id });
          router.push(href);
        });
      }}
    >
      {children}
    </a>
  );
}

export function MarkReadButton({ id }: { id: string }) {
  const t = useTranslations("notifications");
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="ghost"
      size="sm"
      pending={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await markReadAction({ id });
          if (!result.ok) toast({ title: result.error, variant: "error" });
        })
      }
    >
      {t("markRead")}
    </Button>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="outline"
      size="sm"
      pending={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await markAllReadAction({});
          toast(result.ok ? { title: t("allRead"), variant: "success" } : { title: result.error, variant: "error" });
        })
      }
    >
      <CheckCheck aria-hidden />
      {t("markAllRead")}
    </Button>
  );
}
