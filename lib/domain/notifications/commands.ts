// The recipient marks their notifications read (one, or all), opens one (read, then its link),
// and chooses which kinds also go into the e-mail digest. Another user's notification is a 404.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notificationScope } from "@/lib/auth/scopes/notification";
import { NotFoundError } from "@/lib/domain/errors";
import { isSafeReturnPath } from "./href";
import { NOTIFICATION_KIND_KEYS } from "./kinds";
import type { NotificationPreferences, NotificationRef } from "./schemas";

async function load(actor: Actor, id: string) {
  const n = await db.notification.findFirst({ where: { AND: [notificationScope(actor), { id }] }, select: { id: true, href: true, readAt: true } });
  if (!n) throw new NotFoundError();
  return n;
}

export async function markNotificationRead(actor: Actor, input: NotificationRef, { now = new Date() } = {}) {
  const n = await load(actor, input.notificationId);
  if (!n.readAt) await db.notification.updateMany({ where: { id: n.id, readAt: null }, data: { readAt: now } });
  return { id: n.id };
}

/** Read, then where it points (a path of the app only). */
export async function openNotification(actor: Actor, input: NotificationRef, { now = new Date() } = {}) {
  const n = await load(actor, input.notificationId);
  if (!n.readAt) await db.notification.updateMany({ where: { id: n.id, readAt: null }, data: { readAt: now } });
  return { href: isSafeReturnPath(n.href) ? n.href : "/notifications" };
}

export async function markAllNotificationsRead(actor: Actor, { now = new Date() } = {}) {
  const { count } = await db.notification.updateMany({ where: { AND: [notificationScope(actor), { readAt: null }] }, data: { readAt: now } });
  return { count };
}

export async function saveNotificationPreferences(actor: Actor, input: NotificationPreferences) {
  const email = new Set(input.email);
  await db.$transaction(async (tx) => {
    for (const kind of NOTIFICATION_KIND_KEYS) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: actor.id, kind } },
        create: { userId: actor.id, kind, email: email.has(kind) },
        update: { email: email.has(kind) },
      });
    }
  });
  return { email: [...email] };
}
