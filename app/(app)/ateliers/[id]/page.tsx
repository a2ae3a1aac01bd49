import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canListAteliers } from "@/lib/auth/permissions";
import { ATELIER_STATUS_LABELS, ATELIER_STATUS_TONES, ATELIER_THEME_LABELS, formatDuree } from "@/lib/domain/ateliers/labels";
import { getAtelier, type AtelierDetail } from "@/lib/domain/ateliers/queries";
import { listUsagers } from "@/lib/domain/usagers/list";
import { parseUsagerListParams } from "@/lib/domain/usagers/list-params";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { TextField } from "@/components/forms/field";
import { AtelierStatusActions } from "@/components/ateliers/atelier-status-actions";
import { InscriptionResults } from "@/components/ateliers/inscription-results";
import { Participants, WaitingList, type ParticipantRow } from "@/components/ateliers/participants";

export const metadata: Metadata = { title: "Atelier" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const personLabel = (u: { nom: string; prenom: string }) => `${u.nom.toLocaleUpperCase("fr-FR")} ${u.prenom}`;
const toRow = (i: AtelierDetail["inscriptions"][number]): ParticipantRow => ({
  inscriptionId: i.id, usagerId: i.usager.id, label: personLabel(i.usager), numeroDossier: i.usager.numeroDossier, inscritLe: i.inscritLe, presence: i.presence,
});

export default async function AtelierPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  if (!canListAteliers(actor)) notFound();
  const { id } = await params;
  const atelier = await getAtelier(actor, id);
  if (!atelier) notFound();
  const raw = (await searchParams).personne;
  const search = typeof raw === "string" ? raw.trim().slice(0, 100) : "";
  const now = new Date();
  const planned = atelier.status === "PLANIFIE";
  const started = atelier.debut <= now;
  const inscrits = atelier.inscriptions.filter((i) => i.status === "INSCRIT").map(toRow);
  const attente = atelier.inscriptions.filter((i) => i.status === "ATTENTE").map(toRow);
  const desinscrits = atelier.inscriptions.filter((i) => i.status === "DESINSCRIT");
  const full = inscrits.length >= atelier.capacite;
  const taken = new Set(atelier.inscriptions.filter((i) => i.status !== "DESINSCRIT").map((i) => i.usagerId));
  const results = planned && search
    ? (await listUsagers(actor, parseUsagerListParams({ q: search, statut: "tous", taille: "25" }))).rows
      .filter((u) => u.status !== "ARCHIVE" && !taken.has(u.id))
      .map((u) => ({ id: u.id, numeroDossier: u.numeroDossier, label: `${personLabel(u)}, né·e le ${formatCalendarDate(u.dateNaissance)}` }))
    : null;
  const lieu = atelier.site ? `${atelier.site.name}, ${atelier.site.address}, ${atelier.site.postalCode} ${atelier.site.city}` : atelier.adresse;
  const fin = new Date(atelier.debut.getTime() + atelier.dureeMinutes * 60_000);

  return (
    <>
      <p><Link href="/ateliers">← Ateliers collectifs</Link></p>
      <PageHeader
        title={atelier.titre}
        description={<>{ATELIER_THEME_LABELS[atelier.theme]} · <Badge tone={ATELIER_STATUS_TONES[atelier.status]}>{ATELIER_STATUS_LABELS[atelier.status]}</Badge></>}
      />
      {planned ? <AtelierStatusActions id={atelier.id} updatedAt={atelier.updatedAt.toISOString()} started={started} /> : null}
      <section className="card" aria-labelledby="atelier-infos">
        <h2 id="atelier-infos">L&apos;atelier</h2>
        <dl>
          <dt>Date</dt><dd>{formatDateTime(atelier.debut)} – {formatDateTime(fin).slice(-5)} ({formatDuree(atelier.dureeMinutes)})</dd>
          <dt>Lieu</dt><dd>{lieu ?? "—"}</dd>
          <dt>Animation</dt><dd>{atelier.animateur.firstName} {atelier.animateur.lastName}</dd>
          <dt>Partenaire</dt><dd>{atelier.partenaire ? <Link href={`/annuaire/${atelier.partenaire.id}`}>{atelier.partenaire.nom}</Link> : "—"}</dd>
          <dt>Places</dt><dd>{inscrits.length} inscrit{inscrits.length > 1 ? "s" : ""} sur {atelier.capacite}{attente.length ? `, ${attente.length} en liste d'attente` : ""} · {atelier.listeAttente ? "liste d'attente quand complet" : "pas de liste d'attente"}</dd>
        </dl>
        {atelier.description ? <p className="pre">{atelier.description}</p> : null}
      </section>

      <section className="card" aria-labelledby="participants">
        <h2 id="participants">Participants ({inscrits.length}/{atelier.capacite})</h2>
        {inscrits.length === 0 ? <p>Aucune personne inscrite.</p> : (
          <Participants
            atelierId={atelier.id} rows={inscrits} caption="Personnes inscrites à l'atelier"
            canUnregister={planned} canRecordPresence={started && atelier.status !== "ANNULE"}
          />
        )}
        {started && planned && inscrits.length ? <p className="muted">Enregistrer les présences marque l&apos;atelier comme réalisé.</p> : null}
        {!started && inscrits.length ? <p className="muted">Les présences s&apos;enregistrent après le début de l&apos;atelier.</p> : null}
      </section>

      {attente.length ? (
        <section className="card" aria-labelledby="attente">
          <h2 id="attente">Liste d&apos;attente ({attente.length})</h2>
          <WaitingList rows={attente} canUnregister={planned} />
        </section>
      ) : null}

      {planned ? (
        <section className="card" aria-labelledby="inscrire">
          <h2 id="inscrire">Inscrire une personne</h2>
          {full ? <p className="muted">L&apos;atelier est complet ({atelier.capacite} places){atelier.listeAttente ? " : une nouvelle inscription va sur la liste d'attente." : "."}</p> : null}
          <form method="get" className="repeat-row" role="search">
            <TextField label="Rechercher une personne" name="personne" defaultValue={search} hint="Nom, prénom ou numéro de dossier" />
            <button type="submit" className="btn btn--small btn--secondary">Rechercher</button>
          </form>
          {results ? (results.length
            ? <InscriptionResults atelierId={atelier.id} results={results} full={full} listeAttente={atelier.listeAttente} />
            : <p>Aucune personne à inscrire ne correspond à « {search} ».</p>) : null}
        </section>
      ) : null}

      {desinscrits.length ? (
        <section className="card" aria-labelledby="desinscrits">
          <h2 id="desinscrits">Désinscriptions ({desinscrits.length})</h2>
          <ul>{desinscrits.map((i) => <li key={i.id}><Link href={`/usagers/${i.usager.id}`}>{personLabel(i.usager)}</Link></li>)}</ul>
        </section>
      ) : null}
    </>
  );
}
