import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { getNotificationPreferences } from "@/lib/domain/notifications/queries";
import type { NotificationKind } from "@/lib/domain/notifications/kinds";
import { PageHeader } from "@/components/ui/page-header";
import { NotificationPreferencesForm } from "@/components/notifications/preferences-form";

export const metadata: Metadata = { title: "Préférences de notification" };

export default async function NotificationPreferencesPage() {
  const actor = await requireUser();
  const prefs = await getNotificationPreferences(actor);
  const email = (Object.keys(prefs) as NotificationKind[]).filter((k) => prefs[k]);
  return (
    <>
      <p><Link href="/notifications">← Notifications</Link></p>
      <PageHeader title="Préférences de notification" />
      <section className="card" aria-label="Préférences"><NotificationPreferencesForm email={email} /></section>
    </>
  );
}
