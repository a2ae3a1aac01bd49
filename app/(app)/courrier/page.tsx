import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { getCourrierRegister } from "@/lib/domain/domiciliation/courrier-queries";
import { COURRIER_STATUS_LABELS, EXPEDITEUR_LABELS } from "@/lib/domain/domiciliation/labels";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { CourrierReceiveForm } from "@/components/domiciliation/courrier-receive-form";
import { CourrierRowActions } from "@/components/domiciliation/courrier-row-actions";

export const metadata: Metadata = { title: "Courrier" };

// The reception sees the person's name and the mail only: nothing here links to the dossier.
export default async function CourrierPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 100) : "";
  const register = await getCourrierRegister(actor, { q: query });
  if (!register) notFound();
  const all = query ? await getCourrierRegister(actor) : register;
  const today = parisToday();
  const mail = (c: { recuLe: Date; expediteurType: keyof typeof EXPEDITEUR_LABELS; recommande: boolean }) =>
    `Reçu le ${formatCalendarDate(c.recuLe)} · ${EXPEDITEUR_LABELS[c.expediteurType]}${c.recommande ? " · recommandé" : ""}`;
  return (
    <>
      <PageHeader title="Registre du courrier" description={`Courrier des personnes domiciliées. Délai avant retour à l'expéditeur : ${register.delay} jours.`} />
      <section className="card" aria-labelledby="reception">
        <h2 id="reception">Enregistrer un courrier reçu</h2>
        <CourrierReceiveForm today={today} people={(all?.domiciliations ?? []).map((d) => ({ id: d.id, label: d.personne }))} />
      </section>
      {register.toReturn.length > 0 ? (
        <section className="card" aria-labelledby="a-retourner">
          <h2 id="a-retourner">À retourner à l&apos;expéditeur</h2>
          <ul className="list-plain">
            {register.toReturn.map((c) => (
              <li key={c.id}>
                <strong>{c.personne}</strong> — {mail(c)}
                <CourrierRowActions id={c.id} today={today} label={`${c.personne}, ${formatCalendarDate(c.recuLe)}`} canHandOver={false} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="personnes">
        <h2 id="personnes">Personnes domiciliées</h2>
        <form method="get" className="form" role="search">
          <div className="field">
            <label htmlFor="q">Rechercher une personne</label>
            <input id="q" name="q" type="search" defaultValue={query} />
          </div>
          <div className="actions"><button type="submit" className="btn btn--secondary btn--small">Rechercher</button></div>
        </form>
        {register.domiciliations.length === 0 ? <p>Aucune personne domiciliée{query ? " ne correspond à cette recherche" : ""}.</p> : (
          <ul className="list-plain">
            {register.domiciliations.map((d) => {
              const waiting = d.courriers.filter((c) => c.status === "EN_ATTENTE");
              return (
                <li key={d.id} className="card">
                  <h3>{d.personne} <Badge tone={waiting.length ? "info" : undefined}>{waiting.length} en attente</Badge></h3>
                  <ul className="list-plain">
                    {d.courriers.map((c) => (
                      <li key={c.id}>
                        {mail(c)} — <Badge tone={c.status === "EN_ATTENTE" ? "info" : undefined}>{COURRIER_STATUS_LABELS[c.status]}</Badge>
                        {c.status === "REMIS" ? ` le ${formatDateTime(c.remisLe)}${c.remisPar ? ` par ${c.remisPar}` : ""}, signature recueillie` : null}
                        {c.status === "RETOURNE" ? ` le ${formatCalendarDate(c.retourneLe)}` : null}
                        {c.status === "EN_ATTENTE" ? <CourrierRowActions id={c.id} today={today} label={`${d.personne}, ${formatCalendarDate(c.recuLe)}`} canHandOver /> : null}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
