import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { countUnreadNotifications, listNotifications } from "@/lib/domain/notifications/queries";
import { PageHeader } from "@/components/ui/page-header";
import { NotificationList } from "@/components/notifications/notification-list";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  const unreadOnly = (await searchParams).filtre === "non-lues";
  const [{ rows }, unread] = await Promise.all([listNotifications(actor, { unreadOnly }), countUnreadNotifications(actor)]);
  return (
    <>
      <PageHeader title="Notifications" description={<>Ce qui vous concerne dans l&apos;équipe. <Link href="/notifications/preferences">Choisir ce qui est aussi envoyé par e-mail</Link></>} />
      <section className="card" aria-label="Liste des notifications">
        <NotificationList rows={rows} unreadOnly={unreadOnly} unreadCount={unread} />
      </section>
    </>
  );
}
