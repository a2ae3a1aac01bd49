"use client";

// The bell of the header: a link to the notifications with the unread count, spelled out for
// screen readers (announced politely when it changes). The server renders the count of the
// moment; useLiveUnreadCount keeps it fresh without reloading.
import Link from "next/link";
import { useLiveUnreadCount } from "./live-count";

export function NotificationBell({ count: initial }: { count: number }) {
  const count = useLiveUnreadCount(initial);
  const label = count === 0 ? "Notifications, aucune non lue" : `Notifications, ${count} non lue${count > 1 ? "s" : ""}`;
  return (
    <Link className="app-header__link notification-bell" href="/notifications" data-testid="notification-bell">
      <span aria-hidden="true">🔔</span>
      <span className="notification-bell__count" data-count={count} aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="sr-only" aria-live="polite">{label}</span>
    </Link>
  );
}
