// Minimisation (CASF L.121-6-2, secret partagé): what an orientation shows and its letter prints
// is built here from the dossier, ONE section per element chosen at sending, and nothing for the
// others. Pure: the detail page and the letter use the same sections; tests check the absence.
import { formatCalendarDate, formatEuros } from "@/lib/format";
import { CHARGE_TYPES, RESSOURCE_TYPES } from "@/lib/domain/usagers/budget-types";
import { birthDateText, type DateNaissancePrecision } from "@/lib/domain/usagers/labels";
import {
  CIVILITE_LABELS, DROIT_OUVERT_LABELS, LIEN_FOYER_LABELS, LOGEMENT_STATUT_LABELS, MESURE_PROTECTION_LABELS, SITUATION_FAMILIALE_LABELS,
} from "@/lib/domain/usagers/labels";
import { ELEMENT_LABELS, type ElementTransmis } from "./labels";

type Key<T> = keyof T;
export type DossierForTransmis = {
  civilite: Key<typeof CIVILITE_LABELS> | null; nom: string; prenom: string; dateNaissance: Date | null; dateNaissancePrecision: DateNaissancePrecision;
  telephone: string | null; email: string | null; adresse: string | null; codePostal: string | null; commune: string | null;
  situationFamiliale: Key<typeof SITUATION_FAMILIALE_LABELS> | null;
  logementStatut: Key<typeof LOGEMENT_STATUT_LABELS> | null; bailleur: string | null;
  mesureProtection: Key<typeof MESURE_PROTECTION_LABELS>; mesureOrganisme: string | null;
  droitsOuverts: Key<typeof DROIT_OUVERT_LABELS>[];
  foyer: { id: string; prenom: string; nom: string; dateNaissance: Date; lien: Key<typeof LIEN_FOYER_LABELS> }[];
  budget: { kind: "RESSOURCE" | "CHARGE"; type: string; montantCents: number; membreId: string | null }[];
};
export type DiagnosticForTransmis = { date: Date; conclusion: string } | null;

export type TransmisLine = { label: string; value: string };
export type TransmisSection = { element: ElementTransmis; title: string; lines: TransmisLine[] };

/** The sections' order on screen and in the letter, whatever order they were ticked in. */
const ORDER = Object.keys(ELEMENT_LABELS) as ElementTransmis[];
const NON_RENSEIGNE = "non renseigné";

export const personneLabel = (d: Pick<DossierForTransmis, "civilite" | "prenom" | "nom">) =>
  [d.civilite ? CIVILITE_LABELS[d.civilite] : null, d.prenom, d.nom.toLocaleUpperCase("fr-FR")].filter(Boolean).join(" ");

function identite(d: DossierForTransmis): TransmisLine[] {
  const ville = [d.codePostal, d.commune].filter(Boolean).join(" ");
  return [
    { label: "Nom et prénom", value: personneLabel(d) },
    { label: "Date de naissance", value: birthDateText(d.dateNaissance, d.dateNaissancePrecision, formatCalendarDate) },
    { label: "Adresse", value: [d.adresse, ville].filter(Boolean).join(", ") || NON_RENSEIGNE },
    { label: "Téléphone", value: d.telephone ?? NON_RENSEIGNE },
    { label: "Adresse e-mail", value: d.email ?? NON_RENSEIGNE },
  ];
}

function foyer(d: DossierForTransmis): TransmisLine[] {
  const lines = [{ label: "Situation familiale", value: d.situationFamiliale ? SITUATION_FAMILIALE_LABELS[d.situationFamiliale] : NON_RENSEIGNE }];
  if (d.foyer.length === 0) return [...lines, { label: "Membres du foyer", value: "la personne vit seule" }];
  return [...lines, ...d.foyer.map((m) => ({
    label: LIEN_FOYER_LABELS[m.lien], value: `${m.prenom} ${m.nom.toLocaleUpperCase("fr-FR")}, né·e le ${formatCalendarDate(m.dateNaissance)}`,
  }))];
}

function ressourcesCharges(d: DossierForTransmis): TransmisLine[] {
  const label = (l: DossierForTransmis["budget"][number]) => {
    const types: Record<string, string> = l.kind === "RESSOURCE" ? RESSOURCE_TYPES : CHARGE_TYPES;
    const membre = l.membreId ? d.foyer.find((m) => m.id === l.membreId) : null;
    return `${types[l.type] ?? l.type}${membre ? ` (${membre.prenom})` : ""}`;
  };
  const total = (kind: "RESSOURCE" | "CHARGE") => d.budget.filter((l) => l.kind === kind).reduce((s, l) => s + l.montantCents, 0);
  const lines = (kind: "RESSOURCE" | "CHARGE") =>
    d.budget.filter((l) => l.kind === kind).map((l) => ({ label: label(l), value: `${formatEuros(l.montantCents)} par mois` }));
  return [
    ...lines("RESSOURCE"),
    { label: "Total des ressources", value: `${formatEuros(total("RESSOURCE"))} par mois` },
    ...lines("CHARGE"),
    { label: "Total des charges", value: `${formatEuros(total("CHARGE"))} par mois` },
  ];
}

function build(element: ElementTransmis, d: DossierForTransmis, diagnostic: DiagnosticForTransmis): TransmisLine[] {
  switch (element) {
    case "IDENTITE_CONTACT": return identite(d);
    case "COMPOSITION_FOYER": return foyer(d);
    case "RESSOURCES_CHARGES": return ressourcesCharges(d);
    case "LOGEMENT": return [
      { label: "Statut d'occupation", value: d.logementStatut ? LOGEMENT_STATUT_LABELS[d.logementStatut] : NON_RENSEIGNE },
      ...(d.bailleur ? [{ label: "Bailleur", value: d.bailleur }] : []),
    ];
    case "DROITS_OUVERTS": return [{
      label: "Droits ouverts", value: d.droitsOuverts.length ? d.droitsOuverts.map((x) => DROIT_OUVERT_LABELS[x]).join(", ") : "aucun droit connu",
    }];
    case "MESURE_PROTECTION": return [
      { label: "Mesure", value: MESURE_PROTECTION_LABELS[d.mesureProtection] },
      ...(d.mesureOrganisme ? [{ label: "Mandataire", value: d.mesureOrganisme }] : []),
    ];
    case "SYNTHESE_DIAGNOSTIC": return diagnostic
      ? [{ label: `Diagnostic du ${formatCalendarDate(diagnostic.date)}`, value: diagnostic.conclusion }]
      : [{ label: "Diagnostic", value: "aucun diagnostic réalisé" }];
  }
}

export function buildTransmis(elements: readonly ElementTransmis[], dossier: DossierForTransmis, diagnostic: DiagnosticForTransmis): TransmisSection[] {
  return ORDER.filter((e) => elements.includes(e)).map((element) => ({ element, title: ELEMENT_LABELS[element], lines: build(element, dossier, diagnostic) }));
}
