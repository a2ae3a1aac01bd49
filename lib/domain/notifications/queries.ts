// The signed-in user's notifications (notificationScope: their own, and only while they may open
// what they point to), the unread count of the bell, and their e-mail preferences.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notificationPreferenceScope, notificationScope, notificationScopeSql } from "@/lib/auth/scopes/notification";
import { Prisma } from "@/lib/generated/prisma/client";
import { NOTIFICATION_KIND_KEYS, type NotificationKind } from "./kinds";

export const NOTIFICATIONS_PAGE_SIZE = 50;

/** The bell's count as one SQL expression (an integer), read with the header's other figures. */
export function unreadNotificationsSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM "Notification" n WHERE ${notificationScopeSql(actor, "n")} AND n."readAt" IS NULL)`;
}

export async function countUnreadNotifications(actor: Actor): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT ${unreadNotificationsSql(actor)} AS n`;
  return row!.n;
}

export async function listNotifications(actor: Actor, { unreadOnly = false, page = 1 }: { unreadOnly?: boolean; page?: number } = {}) {
  const where = { AND: [notificationScope(actor), unreadOnly ? { readAt: null } : {}] };
  const [rows, total] = await Promise.all([
    db.notification.findMany({
      where, select: { id: true, kind: true, title: true, href: true, createdAt: true, readAt: true },
      orderBy: { createdAt: "desc" }, skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE, take: NOTIFICATIONS_PAGE_SIZE,
    }),
    db.notification.count({ where }),
  ]);
  return { rows, total };
}

/** Kind → also by e-mail (digest). */
export async function getNotificationPreferences(actor: Actor): Promise<Record<NotificationKind, boolean>> {
  const rows = await db.notificationPreference.findMany({ where: notificationPreferenceScope(actor), select: { kind: true, email: true } });
  const email = new Set(rows.filter((r) => r.email).map((r) => r.kind));
  return Object.fromEntries(NOTIFICATION_KIND_KEYS.map((k) => [k, email.has(k)])) as Record<NotificationKind, boolean>;
}
