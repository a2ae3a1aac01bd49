import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canManageTeamAbsences, canSubscribeAgenda } from "@/lib/auth/permissions";
import { listMyAbsences, listTeamMembers } from "@/lib/domain/absences/queries";
import { listMyAgendaFeeds } from "@/lib/domain/agenda/feeds";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { PageHeader } from "@/components/ui/page-header";
import { AbsenceForm } from "@/components/absences/absence-form";
import { AbsenceList } from "@/components/absences/absence-list";
import { AgendaFeedForm } from "@/components/agenda/agenda-feed-form";
import { AgendaFeedList } from "@/components/agenda/agenda-feed-list";

export const metadata: Metadata = { title: "Mon compte" };
export const dynamic = "force-dynamic";

// One's absences and remplaçant, and the subscriptions of one's agenda: the professionals'.
export default async function ComptePage() {
  const actor = await requireUser();
  if (!canSubscribeAgenda(actor)) notFound();
  const [absences, colleagues, feeds] = await Promise.all([listMyAbsences(actor), listTeamMembers(actor), listMyAgendaFeeds(actor)]);
  return (
    <>
      <PageHeader
        title="Mon compte"
        description="Vos absences et votre remplaçant·e, l'abonnement à votre agenda."
        actions={(
          <>
            <Link className="btn btn--secondary" href="/compte/double-authentification">Double authentification</Link>
            {canManageTeamAbsences(actor) ? <Link className="btn btn--secondary" href="/equipe/absences">Absences de l&apos;équipe</Link> : null}
          </>
        )}
      />
      <section className="card" aria-labelledby="mes-absences">
        <h2 id="mes-absences">Mes absences</h2>
        <AbsenceList absences={absences.mine} empty="Aucune absence à venir." canCancel />
        <AbsenceForm colleagues={colleagues} today={parisToday()} actorId={actor.id} />
      </section>
      <section className="card" aria-labelledby="mes-remplacements">
        <h2 id="mes-remplacements">Je remplace</h2>
        <AbsenceList absences={absences.remplacements} empty="Vous ne remplacez personne en ce moment." showAbsent canCancel={false} />
      </section>
      <section className="card" aria-labelledby="abonnement-agenda">
        <h2 id="abonnement-agenda">Abonnement à mon agenda (iCalendar)</h2>
        <p>
          Une adresse privée que votre agenda (Outlook, Thunderbird, téléphone) relit de lui-même : heures, lieux et numéros de
          dossier seulement, jamais de nom ni de motif. Quiconque a l&apos;adresse voit ces rendez-vous : révoquez-la si elle a pu
          être vue.
        </p>
        <AgendaFeedList feeds={feeds} />
        <AgendaFeedForm />
      </section>
    </>
  );
}
