import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canManageMaraude } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { getSignalementSettings, listMaraudeCandidates } from "@/lib/domain/signalements/team";
import { PageHeader } from "@/components/ui/page-header";
import { MaraudeTeam, SignalementSettingsForm } from "@/components/signalements/maraude-team";

export const metadata: Metadata = { title: "Équipe de maraude" };

export default async function MaraudeEquipePage() {
  const actor = await requireUser();
  if (!canManageMaraude(actor)) notFound();
  const [members, settings] = await Promise.all([listMaraudeCandidates(actor), getSignalementSettings(actor)]);
  const e = env();
  const origin = new URL(e.APP_URL ?? e.NEXTAUTH_URL ?? "http://localhost:3000").origin;
  return (
    <>
      <p><Link href="/maraude">← Signalements reçus</Link></p>
      <PageHeader title="Équipe de maraude et page publique" description="Les membres de l'équipe voient les signalements reçus et leur donnent suite ; vous les voyez aussi." />
      <section className="card" aria-labelledby="equipe-titre">
        <h2 id="equipe-titre">Équipe</h2>
        <MaraudeTeam members={members.map((m) => ({ id: m.id, firstName: m.firstName, lastName: m.lastName, roleLabel: ROLE_LABELS[m.role], maraude: m.maraude }))} />
      </section>
      <section className="card" aria-labelledby="page-titre">
        <h2 id="page-titre">Page publique de signalement</h2>
        <p className="muted">Sans compte, sur téléphone, sans JavaScript : quiconque peut y signaler une personne sans abri. Fermée, elle répond « page introuvable ».</p>
        <SignalementSettingsForm
          origin={origin}
          values={{
            signalementActif: settings.signalementActif, signalementCode: settings.signalementCode ?? "",
            signalementCommunes: settings.signalementCommunes.join("\n"), signalementConservationMois: String(settings.signalementConservationMois),
          }}
        />
      </section>
    </>
  );
}
