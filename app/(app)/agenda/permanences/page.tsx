import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canAssignOthers, canManagePermanence, canViewAgenda } from "@/lib/auth/permissions";
import { listPermanences, listSites } from "@/lib/domain/agenda/queries";
import { JOUR_LABELS } from "@/lib/domain/agenda/labels";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { listReferentOptions } from "@/lib/domain/usagers/list";
import { formatCalendarDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { ClosePermanenceButton, ExcludedDate, PermanenceExceptionForm, PermanenceForm } from "@/components/agenda/permanence-forms";

export const metadata: Metadata = { title: "Permanences" };

export default async function PermanencesPage() {
  const actor = await requireUser();
  if (!canViewAgenda(actor)) notFound();
  const [permanences, workers, sites] = await Promise.all([listPermanences(actor), listReferentOptions(actor), listSites(actor)]);
  const isResponsable = canAssignOthers(actor);
  return (
    <>
      <p><Link href="/agenda">← Agenda</Link></p>
      <PageHeader title="Permanences" description="Créneaux hebdomadaires dans les sites : les agents d'accueil du site y réservent des rendez-vous (libre / occupé seulement)." />
      <section className="card" aria-labelledby="perm-list">
        <h2 id="perm-list">Permanences en cours</h2>
        {permanences.length === 0 ? <p>Aucune permanence.</p> : (
          <div className="table-wrap">
            <table className="table">
              <caption className="sr-only">Permanences de la structure</caption>
              <thead><tr><th scope="col">Jour et horaires</th><th scope="col">Site</th><th scope="col">Travailleur social</th><th scope="col">Créneaux</th><th scope="col">Dates exclues à venir</th><th scope="col">Exclure une date</th><th scope="col">Arrêter</th></tr></thead>
              <tbody>
                {permanences.map((p) => (
                  <tr key={p.id}>
                    <td>{JOUR_LABELS[p.jour]} {p.debut}–{p.fin}{p.jusquau ? ` (jusqu'au ${formatCalendarDate(p.jusquau)})` : ""}</td>
                    <td>{p.site.name}</td>
                    <td>{p.travailleur.firstName} {p.travailleur.lastName}</td>
                    <td>{p.sansRendezVous ? "Sans rendez-vous (file d'attente)" : `${p.dureeCreneauMinutes} min`}</td>
                    <td>
                      {p.exceptions.length === 0 ? "—" : (
                        <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
                          {p.exceptions.map((e) => (
                            <ExcludedDate key={e.id} exceptionId={e.id} canManage={canManagePermanence(actor, p)}
                              label={`${formatCalendarDate(e.date)}${e.motif ? ` (${e.motif})` : ""}`} />
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>{canManagePermanence(actor, p) ? <PermanenceExceptionForm permanenceId={p.id} today={parisToday()} /> : "—"}</td>
                    <td>{canManagePermanence(actor, p) ? <ClosePermanenceButton permanenceId={p.id} label={`du ${(JOUR_LABELS[p.jour] ?? "").toLowerCase()} ${p.debut}–${p.fin}, ${p.site.name}`} /> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <PermanenceForm
        today={parisToday()} actorId={actor.id} isResponsable={isResponsable}
        workers={workers.map((w) => ({ id: w.id, label: `${w.firstName} ${w.lastName}` }))}
        sites={sites.map((s) => ({ id: s.id, label: s.name }))}
      />
    </>
  );
}
