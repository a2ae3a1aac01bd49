import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getAFaire, HORIZON_DAYS, SANS_ENTRETIEN_JOURS } from "@/lib/domain/reminders/a-faire";
import { formatCalendarDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { RappelDoneButton } from "@/components/reminders/rappel-done-button";
import { OrientationsARelancer } from "@/components/orientations/orientations-a-relancer";
import { MesTaches } from "@/components/taches/mes-taches";
import { TacheForm } from "@/components/taches/tache-form";
import { TacheList } from "@/components/taches/tache-list";
import { Disclosure } from "@/components/accompagnements/disclosure";
import { canViewTeamTaches } from "@/lib/auth/permissions";
import { listAssignableColleagues, listTeamOverdueTaches } from "@/lib/domain/taches/queries";
import { parisToday } from "@/lib/domain/shared/paris-time";

export const metadata: Metadata = { title: "À faire" };

const person = (u: { nom: string; prenom: string }) => `${u.nom.toUpperCase()} ${u.prenom}`;

export default async function AFairePage() {
  const actor = await requireUser();
  const todo = await getAFaire(actor);
  if (!todo) notFound();
  const [colleagues, teamOverdue] = await Promise.all([listAssignableColleagues(actor), listTeamOverdueTaches(actor)]);
  const today = new Date();
  const late = (d: Date) => d.getTime() < today.getTime() - 86_400_000;
  return (
    <>
      <PageHeader title="À faire" description={`Vos tâches, rappels et échéances des ${HORIZON_DAYS} prochains jours, retards compris.`}
        actions={<Link className="btn btn--secondary" href="/compte">Mes absences</Link>} />
      <MesTaches actor={actor} />
      <Disclosure label="Confier une tâche" variant="primary">
        <TacheForm colleagues={colleagues} today={parisToday()} defaultAssigneeId={actor.id} />
      </Disclosure>
      {canViewTeamTaches(actor) ? (
        <section className="card" aria-labelledby="taches-equipe">
          <h2 id="taches-equipe">Tâches de l&apos;équipe en retard ({teamOverdue.length})</h2>
          <p><Link href="/equipe/absences">Absences de l&apos;équipe et remplacements</Link></p>
          <TacheList taches={teamOverdue} empty="Aucune tâche en retard dans l'équipe." />
        </section>
      ) : null}
      <section className="card" aria-labelledby="rappels">
        <h2 id="rappels">Suites d&apos;entretien à donner ({todo.rappels.length})</h2>
        {todo.rappels.length === 0 ? <p>Aucun rappel.</p> : (
          <ul>
            {todo.rappels.map((r) => (
              <li key={r.id}>
                {late(r.rappelLe!) ? <Badge tone="danger">En retard</Badge> : null} {formatCalendarDate(r.rappelLe)} ·{" "}
                <Link href={`/usagers/${r.usager.id}`}>{person(r.usager)}</Link>{r.suites ? ` : ${r.suites}` : ""}{" "}
                <RappelDoneButton entretienId={r.id} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="actions-plan">
        <h2 id="actions-plan">Actions du plan d&apos;accompagnement arrivant à échéance ({todo.actions.length})</h2>
        {todo.actions.length === 0 ? <p>Aucune action à échéance.</p> : (
          <ul>
            {todo.actions.map((a) => (
              <li key={a.id}>
                {late(a.echeance) ? <Badge tone="danger">En retard</Badge> : null} {formatCalendarDate(a.echeance)} ·{" "}
                <Link href={a.href}>{person(a.usager)}</Link> : {a.libelle} <span className="muted">({a.objectif} ; porteur : {a.porteur})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="sans-entretien">
        <h2 id="sans-entretien">Accompagnements sans entretien depuis {SANS_ENTRETIEN_JOURS} jours ({todo.sansEntretien.length})</h2>
        {todo.sansEntretien.length === 0 ? <p>Aucun.</p> : (
          <ul>
            {todo.sansEntretien.map((a) => (
              <li key={a.id}>
                <Link href={a.href}>{person(a.usager)}</Link> · dernier entretien : {a.dernierEntretien ? formatCalendarDate(a.dernierEntretien) : "aucun"}
              </li>
            ))}
          </ul>
        )}
      </section>
      <OrientationsARelancer items={todo.orientations} delaiJours={todo.relanceJours} />
    </>
  );
}
