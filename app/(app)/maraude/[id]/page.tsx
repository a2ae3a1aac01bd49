import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canUseMaraudeInbox } from "@/lib/auth/permissions";
import { getSignalement } from "@/lib/domain/signalements/queries";
import { PageHeader } from "@/components/ui/page-header";
import { SignalementView } from "@/components/signalements/signalement-view";
import { SignalementActions } from "@/components/signalements/signalement-actions";

export const metadata: Metadata = { title: "Signalement" };

export default async function SignalementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser();
  if (!canUseMaraudeInbox(actor)) notFound();
  const s = await getSignalement(actor, (await params).id);
  if (!s) notFound();
  return (
    <>
      <p><Link href="/maraude">← Signalements reçus</Link></p>
      <PageHeader title={`Signalement ${s.reference}`} />
      <div className="grid-2">
        <div><SignalementView s={s} /></div>
        <section className="card" aria-labelledby="suite-titre">
          <h2 id="suite-titre">Suite à donner</h2>
          <SignalementActions key={s.status} id={s.id} status={s.status} />
        </section>
      </div>
    </>
  );
}
