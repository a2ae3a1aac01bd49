import type { Dossier } from "@/lib/domain/usagers/dossier";
import {
  CIVILITE_LABELS, DROIT_OUVERT_LABELS, LOGEMENT_STATUT_LABELS, MESURE_PROTECTION_LABELS, SITUATION_FAMILIALE_LABELS,
} from "@/lib/domain/usagers/labels";
import { ageOn } from "@/lib/domain/usagers/reste-a-vivre";
import { birthDateText } from "@/lib/domain/usagers/labels";
import { formatCalendarDate, formatDate } from "@/lib/format";

const or = (v: string | null | undefined) => v || "—";

export function IdentityCard({ dossier: d }: { dossier: Dossier }) {
  return (
    <section className="card" aria-labelledby="identite">
      <h2 id="identite">Identité et contact</h2>
      <dl className="facts">
        <dt>Civilité</dt><dd>{d.civilite ? CIVILITE_LABELS[d.civilite] : "—"}</dd>
        <dt>Nom</dt><dd>{d.nom}</dd>
        {d.nomNaissance ? <><dt>Nom de naissance</dt><dd>{d.nomNaissance}</dd></> : null}
        <dt>Prénom</dt><dd>{d.prenom}</dd>
        <dt>Date de naissance</dt><dd>{birthDateText(d.dateNaissance, d.dateNaissancePrecision, formatCalendarDate)}{d.dateNaissance ? ` (${d.dateNaissancePrecision === "ANNEE" ? "environ " : ""}${ageOn(d.dateNaissance, new Date())} ans)` : ""}</dd>
        <dt>Téléphone</dt><dd>{or(d.telephone)}</dd>
        <dt>Adresse e-mail</dt><dd>{or(d.email)}</dd>
        <dt>Adresse</dt><dd>{[d.adresse, [d.codePostal, d.commune].filter(Boolean).join(" ")].filter(Boolean).join(", ") || "—"}</dd>
        <dt>Quartier</dt><dd>{or(d.quartier)}</dd>
        <dt>Site de rattachement</dt><dd>{or(d.site?.name)}</dd>
        <dt>Notice d&apos;information remise</dt><dd>{d.informationDonneeLe ? `le ${formatCalendarDate(d.informationDonneeLe)}` : "Pas encore"}</dd>
        <dt>Dernier contact</dt><dd>{d.lastContactAt ? formatDate(d.lastContactAt) : "Aucun contact enregistré"}</dd>
      </dl>
    </section>
  );
}

export function SituationCard({ dossier: d }: { dossier: Dossier }) {
  return (
    <section className="card" aria-labelledby="situation">
      <h2 id="situation">Situation</h2>
      <dl className="facts">
        <dt>Situation familiale</dt><dd>{d.situationFamiliale ? SITUATION_FAMILIALE_LABELS[d.situationFamiliale] : "—"}</dd>
        <dt>Logement</dt><dd>{d.logementStatut ? LOGEMENT_STATUT_LABELS[d.logementStatut] : "—"}</dd>
        <dt>Bailleur</dt><dd>{or(d.bailleur)}</dd>
        <dt>Mesure de protection</dt>
        <dd>{MESURE_PROTECTION_LABELS[d.mesureProtection]}{d.mesureOrganisme ? ` (${d.mesureOrganisme})` : ""}</dd>
        <dt>Droits ouverts</dt>
        <dd>{d.droitsOuverts.length ? d.droitsOuverts.map((x) => DROIT_OUVERT_LABELS[x]).join(", ") : "Aucun renseigné"}</dd>
      </dl>
    </section>
  );
}
