// The notifications page: newest first, unread ones in bold; "Ouvrir" marks one read and goes to
// what it is about, "Marquer comme lue" stays on the page.
import Link from "next/link";
import { markAllNotificationsReadAction, markNotificationReadAction, openNotificationAction } from "@/lib/actions/notifications";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/domain/notifications/kinds";
import { formatDateTime } from "@/lib/format";
import { ActionButton } from "@/components/forms/action-button";

type Row = { id: string; kind: NotificationKind; title: string; createdAt: Date; readAt: Date | null };

export function NotificationList({ rows, unreadOnly, unreadCount }: { rows: Row[]; unreadOnly: boolean; unreadCount: number }) {
  return (
    <>
      <div className="actions" style={{ marginTop: 0 }}>
        {unreadOnly
          ? <Link href={"/notifications"}>Voir toutes les notifications</Link>
          : <Link href={"/notifications?filtre=non-lues"}>Voir les non lues seulement ({unreadCount})</Link>}
        {unreadCount > 0 ? <ActionButton action={markAllNotificationsReadAction} fields={{}} success="Toutes les notifications sont lues." className="btn btn--small btn--secondary">Tout marquer comme lu</ActionButton> : null}
      </div>
      {rows.length === 0 ? <p>{unreadOnly ? "Aucune notification non lue." : "Aucune notification."}</p> : (
        <ul className="notifications">
          {rows.map((n) => (
            <li key={n.id} className={n.readAt ? "notification" : "notification notification--unread"}>
              <span className="muted">{formatDateTime(n.createdAt)}{n.readAt ? "" : " · non lue"} · {NOTIFICATION_KINDS[n.kind]}</span>
              <p>{n.title}</p>
              <ActionButton action={openNotificationAction} fields={{ notificationId: n.id }}>Ouvrir</ActionButton>{" "}
              {n.readAt ? null : <ActionButton action={markNotificationReadAction} fields={{ notificationId: n.id }} success="Lue." className="btn btn--small btn--secondary">Marquer comme lue</ActionButton>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
