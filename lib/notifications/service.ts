import "server-only";
import { db } from "@/lib/db/client";
import type { Db, Tx } from "@/lib/db/connect";
import { writeAudit } from "@/lib/audit/service";
import type { CurrentUser } from "@/lib/auth/session";
import { notFound } from "@/lib/errors";
import { pageArgs } from "@/lib/records/list-query";
import type { RecordType } from "@/lib/records/registry";
import type { NotificationLevelName } from "./schema";

// In-app notifications. Producers (sweeps, workflows) call notify() inside their own
// transaction; the header bell shows the unread count and /notifications the list.

export const NOTIFICATION_PAGE_SIZE = 20;

export interface NewNotification {
  userId: string;
  /** What produced it, e.g. "rectification.escalation", "orgLife.due". */
  kind: string;
  level: NotificationLevelName;
  title: string;
  body?: string | null;
  /** A page of this app ("/…"); anything else is refused. */
  link?: string | null;
  recordType?: RecordType | null;
  recordId?: string | null;
  /**
   * Notifies the user of this key once, ever: e.g. `rectification:<itemId>:RED`. The unique
   * (userId, dedupeKey) constraint makes this hold even when two sweeps run at the same time.
   */
  dedupeKey?: string | null;
}

/** An internal path only: a link in a notification must never lead off the site. */
const isInternalPath = (link: string) => link.startsWith("/") && !link.startsWith("//") && !link.includes("\\");

/** Creates the notifications not already sent (by user and dedupe key); returns how many were new. */
export async function notify(client: Db | Tx, notifications: NewNotification[]): Promise<number> {
  if (notifications.length === 0) return 0;
  for (const notification of notifications) {
    if (notification.link && !isInternalPath(notification.link)) throw new Error(`notification link must be a path of this app: ${notification.link}`);
  }
  const { count } = await client.notification.createMany({
    data: notifications.map((notification) => ({
      userId: notification.userId,
      kind: notification.kind,
      level: notification.level,
      title: notification.title.slice(0, 200),
      body: notification.body ?? null,
      link: notification.link ?? null,
      recordType: notification.recordType ?? null,
      recordId: notification.recordId ?? null,
      dedupeKey: notification.dedupeKey ?? null,
    })),
    skipDuplicates: true,
  });
  return count;
}

/** The user's own notifications, unread first, then newest. */
export async function listNotifications(user: CurrentUser, page: number) {
  const where = { userId: user.id };
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      select: { id: true, kind: true, level: true, title: true, body: true, link: true, readAt: true, createdAt: true },
      orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(page, NOTIFICATION_PAGE_SIZE),
    }),
  ]);
  return { total, rows, page, pageSize: NOTIFICATION_PAGE_SIZE };
}

export function unreadCount(user: CurrentUser): Promise<number> {
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function markRead(user: CurrentUser, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const notification = await tx.notification.findFirst({ where: { id, userId: user.id }, select: { id: true, readAt: true } });
    if (!notification) throw notFound();
    if (notification.readAt) return;
    await tx.notification.update({ where: { id }, data: { readAt: new Date() } });
    await writeAudit(tx, { actor: user, action: "MARK_READ", entity: "Notification", entityId: id });
  });
}

export async function markAllRead(user: CurrentUser): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
    await writeAudit(tx, { actor: user, action: "MARK_READ", entity: "Notification", after: { count } });
    return count;
  });
}
