// A stored dossier as the values of the edit form (strings, as the inputs hold them).
import { centsToInput } from "@/lib/domain/shared/fields";
import type { Dossier } from "./dossier";
import type { UsagerUpdateInput } from "./schemas";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export function toFormValues(d: Dossier): UsagerUpdateInput {
  const memberIndex = new Map(d.foyer.map((m, i) => [m.id, String(i)]));
  return {
    id: d.id, version: d.version, civilite: d.civilite ?? "", nom: d.nom, nomNaissance: d.nomNaissance ?? "",
    prenom: d.prenom, dateNaissancePrecision: d.dateNaissancePrecision,
    dateNaissance: d.dateNaissancePrecision === "EXACTE" ? iso(d.dateNaissance) : "",
    anneeNaissance: d.dateNaissancePrecision === "ANNEE" && d.dateNaissance ? String(d.dateNaissance.getUTCFullYear()) : "", telephone: d.telephone ?? "", email: d.email ?? "",
    adresse: d.adresse ?? "", codePostal: d.codePostal ?? "", commune: d.commune ?? "", quartier: d.quartier ?? "",
    siteId: d.siteId ?? "", situationFamiliale: d.situationFamiliale ?? "", logementStatut: d.logementStatut ?? "",
    bailleur: d.bailleur ?? "", mesureProtection: d.mesureProtection, mesureOrganisme: d.mesureOrganisme ?? "",
    droitsOuverts: d.droitsOuverts, informationDonneeLe: iso(d.informationDonneeLe),
    foyer: d.foyer.map((m) => ({ prenom: m.prenom, nom: m.nom, dateNaissance: iso(m.dateNaissance), lien: m.lien })),
    budget: d.budget.map((l) => ({
      membre: l.membreId ? (memberIndex.get(l.membreId) ?? "") : "", kind: l.kind,
      type: l.type as UsagerUpdateInput["budget"][number]["type"], montant: centsToInput(l.montantCents),
    })),
  };
}

export const EMPTY_USAGER_FORM = {
  civilite: "", nom: "", nomNaissance: "", prenom: "", dateNaissancePrecision: "EXACTE", dateNaissance: "", anneeNaissance: "", telephone: "", email: "", adresse: "",
  codePostal: "", commune: "", quartier: "", siteId: "", situationFamiliale: "", logementStatut: "", bailleur: "",
  mesureProtection: "AUCUNE", mesureOrganisme: "", droitsOuverts: [], informationDonneeLe: "", foyer: [], budget: [],
  confirmNotDuplicate: false,
} as const;
