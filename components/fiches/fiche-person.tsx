// What the agent typed: shown on both sides (the agent may read their own fiche's reasons).
import { FICHE_MOTIF_LABELS, FICHE_URGENCE_LABELS, type FicheMotif, type FicheUrgence } from "@/lib/domain/fiches/labels";
import { formatCalendarDate, formatDateTime } from "@/lib/format";

type Typed = {
  nom: string; prenom: string; dateNaissance: Date | null; telephone: string | null; email: string | null;
  disponibilites: string | null; adresse: string | null; quartier: string | null; motifs: FicheMotif[];
  motifPrecision: string | null; urgence: FicheUrgence; consentementTexte: string; sentAt: Date;
  site: { name: string }; envoyeePar: string | null;
};

const orDash = (v: string | null) => v ?? "—";

export function FichePersonCard({ fiche }: { fiche: Typed }) {
  return (
    <section className="card" aria-labelledby="fiche-personne">
      <h2 id="fiche-personne">La personne</h2>
      <dl className="facts">
        <dt>Nom</dt><dd>{fiche.nom.toLocaleUpperCase("fr-FR")} {fiche.prenom}</dd>
        <dt>Date de naissance</dt><dd>{formatCalendarDate(fiche.dateNaissance)}</dd>
        <dt>Téléphone</dt><dd>{orDash(fiche.telephone)}</dd>
        <dt>Adresse e-mail</dt><dd>{orDash(fiche.email)}</dd>
        <dt>Disponibilités</dt><dd>{orDash(fiche.disponibilites)}</dd>
        <dt>Adresse</dt><dd>{orDash(fiche.adresse)}</dd>
        <dt>Quartier</dt><dd>{orDash(fiche.quartier)}</dd>
      </dl>
    </section>
  );
}

export function FicheDemandCard({ fiche }: { fiche: Typed }) {
  return (
    <section className="card" aria-labelledby="fiche-demande">
      <h2 id="fiche-demande">La demande</h2>
      <dl className="facts">
        <dt>Motifs</dt><dd>{fiche.motifs.map((m) => FICHE_MOTIF_LABELS[m]).join(", ")}</dd>
        <dt>Précision</dt><dd style={{ whiteSpace: "pre-wrap" }}>{orDash(fiche.motifPrecision)}</dd>
        <dt>Urgence</dt><dd>{FICHE_URGENCE_LABELS[fiche.urgence]}</dd>
        <dt>Envoyée le</dt><dd>{formatDateTime(fiche.sentAt)}</dd>
        <dt>Par</dt><dd>{fiche.envoyeePar ?? "—"}, {fiche.site.name}</dd>
        <dt>Accord</dt><dd>{fiche.consentementTexte}</dd>
      </dl>
    </section>
  );
}
