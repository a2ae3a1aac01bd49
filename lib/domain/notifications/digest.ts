// The daily e-mail digest: to each active user who chose at least one kind "also by e-mail", the
// number of their unread notifications of those kinds not yet counted, by kind, and a link. No
// name, no title, no dossier number: an e-mail leaves the secure perimeter. Counted notifications
// are stamped (emailedAt) after the mail is accepted, so a run twice sends once, and a mail server
// that is down leaves them for the next run (the failure is logged by the mail module, codes only).
import { db } from "@/lib/db";
import { appUrl, emailConfigured, EmailNotSentError, sendEmail } from "@/lib/notifications/email";
import { log } from "@/lib/log";
import { NOTIFICATION_KINDS, NOTIFICATION_AUDIENCE, type NotificationKind } from "./kinds";

export function digestMessage(counts: [NotificationKind, number][]) {
  const total = counts.reduce((s, [, n]) => s + n, 0);
  return {
    subject: `Passerelle : ${total} notification${total > 1 ? "s" : ""} en attente`,
    text: [
      "Bonjour,", "",
      `Vous avez ${total} notification${total > 1 ? "s" : ""} non lue${total > 1 ? "s" : ""} dans Passerelle :`,
      ...counts.map(([kind, n]) => `- ${NOTIFICATION_KINDS[kind]} : ${n}`), "",
      `${appUrl()}/notifications`, "",
      "Ce message ne contient volontairement aucune information sur les personnes : connectez-vous à Passerelle pour les consulter.",
      "Pour ne plus recevoir ce récapitulatif : Notifications, puis « Choisir ce qui est aussi envoyé par e-mail ».",
    ].join("\n"),
  };
}

export async function sendNotificationDigests(now = new Date()) {
  const summary = { users: 0, sent: 0, failed: 0 };
  if (!emailConfigured()) return summary;
  const prefs = await db.notificationPreference.findMany({ where: { email: true }, select: { userId: true, kind: true } });
  const byUser = new Map<string, NotificationKind[]>();
  for (const p of prefs) byUser.set(p.userId, [...(byUser.get(p.userId) ?? []), p.kind]);
  for (const [userId, kinds] of byUser) {
    const user = await db.user.findFirst({ where: { id: userId, status: "ACTIVE" }, select: { id: true, email: true, role: true, structureId: true } });
    if (!user) continue;
    const allowed = kinds.filter((k) => NOTIFICATION_AUDIENCE[k].includes(user.role));
    const where = { userId, structureId: user.structureId, readAt: null, emailedAt: null, kind: { in: allowed }, createdAt: { lte: now } };
    const groups = await db.notification.groupBy({ by: ["kind"], where, _count: { _all: true } });
    if (groups.length === 0) continue;
    summary.users++;
    const counts = allowed.flatMap((k): [NotificationKind, number][] => {
      const g = groups.find((x) => x.kind === k);
      return g ? [[k, g._count._all]] : [];
    });
    try {
      await sendEmail({ to: user.email, tag: "notifications.digest", ...digestMessage(counts) });
      await db.notification.updateMany({ where, data: { emailedAt: now } });
      summary.sent++;
    } catch (error) {
      if (!(error instanceof EmailNotSentError)) log.error({ userId, kind: error instanceof Error ? error.name : null }, "notification_digest_failed");
      summary.failed++;
    }
  }
  return summary;
}
