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
      {/* Drawn, not the 🔔 emoji: a workstation without an emoji font showed an empty box. */}
      <svg className="notification-bell__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span className="notification-bell__count" data-count={count} aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="sr-only" aria-live="polite">{label}</span>
    </Link>
  );
}
