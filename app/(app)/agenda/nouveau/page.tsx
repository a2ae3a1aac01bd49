import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canViewAgenda } from "@/lib/auth/permissions";
import { listSites } from "@/lib/domain/agenda/queries";
import { safeDate } from "@/lib/domain/agenda/calendar";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { listReferentOptions, listUsagers } from "@/lib/domain/usagers/list";
import { parseUsagerListParams } from "@/lib/domain/usagers/list-params";
import { formatCalendarDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { RendezVousForm } from "@/components/agenda/rendez-vous-form";

export const metadata: Metadata = { title: "Nouveau rendez-vous" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

export default async function NewRendezVousPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireUser();
  if (!canViewAgenda(actor)) notFound();
  const sp = await searchParams;
  const usagerId = one(sp.usagerId);
  const date = safeDate(one(sp.date) || undefined);
  const dossier = usagerId ? await getUsagerDossier(actor, usagerId, { audit: false }) : null;
  if (usagerId && (!dossier || dossier.status === "ARCHIVE")) notFound();
  if (!dossier) {
    const q = one(sp.q).trim().slice(0, 100);
    const rows = q ? (await listUsagers(actor, parseUsagerListParams({ q, statut: "ACTIF", taille: "25" }))).rows : [];
    return (
      <>
        <p><Link href="/agenda">← Agenda</Link></p>
        <PageHeader title="Nouveau rendez-vous" description="Choisissez d'abord le dossier de la personne." />
        <form className="card filters" method="get" action="/agenda/nouveau">
          <input type="hidden" name="date" value={date} />
          <div className="field">
            <label htmlFor="rdv-q">Nom, prénom ou numéro de dossier</label>
            <input id="rdv-q" name="q" defaultValue={q} />
          </div>
          <div className="field"><button type="submit" className="btn btn--secondary">Rechercher</button></div>
        </form>
        {q ? (
          rows.length === 0 ? <p>Aucun dossier trouvé.</p> : (
            <ul>
              {rows.map((u) => (
                <li key={u.id}>
                  <Link href={`/agenda/nouveau?usagerId=${u.id}&date=${date}`}>
                    {u.nom.toLocaleUpperCase("fr-FR")} {u.prenom}, né·e le {formatCalendarDate(u.dateNaissance)} · n° {u.numeroDossier}
                  </Link>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </>
    );
  }
  const [workers, sites] = await Promise.all([listReferentOptions(actor), listSites(actor)]);
  return (
    <>
      <p><Link href={`/usagers/${dossier.id}`}>← Retour au dossier</Link></p>
      <PageHeader title="Nouveau rendez-vous" description={`${dossier.prenom} ${dossier.nom.toUpperCase()} · dossier n° ${dossier.numeroDossier}`} />
      <RendezVousForm
        usagerId={dossier.id} date={date} travailleurId={actor.id}
        workers={workers.map((w) => ({ id: w.id, label: `${w.firstName} ${w.lastName}` }))}
        sites={sites.map((s) => ({ id: s.id, label: s.name }))}
        hasContact={!!(dossier.telephone || dossier.email)}
      />
    </>
  );
}
