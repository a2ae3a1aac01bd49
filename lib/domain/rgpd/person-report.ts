// The right-of-access document, as sections of labelled lines: one structure rendered as JSON
// and as PDF, in French, with every code turned into its label.
import { formatCalendarDate, formatDateTime, formatEuros } from "@/lib/format";
import * as U from "@/lib/domain/usagers/labels";
import { CHARGE_TYPES, RESSOURCE_TYPES } from "@/lib/domain/usagers/budget-types";
import { CANAL_LABELS, DOMAINE_LABELS } from "@/lib/domain/entretiens/labels";
import { PRIORITE_LABELS, PROPOSITION_LABELS } from "@/lib/domain/diagnostics/schemas";
import { ACCOMPAGNEMENT_STATUS_LABELS, ACCOMPAGNEMENT_TYPE_LABELS, PLAN_ACTION_STATUS_LABELS } from "@/lib/domain/accompagnements/labels";
import { AIDE_STATUS_LABELS, AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { FICHE_MOTIF_LABELS, FICHE_STATUS_LABELS } from "@/lib/domain/fiches/labels";
import { ELEMENT_LABELS, ORIENTATION_STATUS_LABELS } from "@/lib/domain/orientations/labels";
import { RDV_KIND_LABELS, RDV_STATUS_LABELS } from "@/lib/domain/agenda/labels";
import { auditActionLabel } from "@/lib/domain/audit/labels";
import { ATELIER_STATUS_LABELS, ATELIER_THEME_LABELS, INSCRIPTION_STATUS_LABELS, PRESENCE_LABELS } from "@/lib/domain/ateliers/labels";
import { ACCEPTED_FORMATS, DOCUMENT_TYPE_LABELS, formatBytes } from "@/lib/domain/documents/labels";
import { COURRIER_STATUS_LABELS, DOMICILIATION_STATUS_LABELS, EXPEDITEUR_LABELS, LIEN_COMMUNE_LABELS, MOTIF_FIN_LABELS, MOTIF_REFUS_LABELS } from "@/lib/domain/domiciliation/labels";
import type { PersonData } from "./person-data";

export type ReportLine = [string, string];
export type ReportSection = { titre: string; lignes: ReportLine[]; sousSections?: { titre: string; lignes: ReportLine[] }[] };
export type PersonReport = { titre: string; structure: string; genereLe: string; avertissement: string; sections: ReportSection[] };

const label = (labels: Record<string, string>, code: string | null | undefined) => (code ? (labels[code] ?? code) : "—");
const d = (v: Date | null | undefined) => formatCalendarDate(v);
const BUDGET_LABELS: Record<string, string> = { ...RESSOURCE_TYPES, ...CHARGE_TYPES };
const clean = (lines: [string, string | null | undefined][]): ReportLine[] => lines.map(([k, v]) => [k, v || "—"]);

export function buildPersonReport({ structure, usager: u, accesses, name }: PersonData, now = new Date()): PersonReport {
  const sub = <T,>(items: T[], titre: (x: T) => string, lignes: (x: T) => [string, string | null | undefined][]) =>
    items.map((x) => ({ titre: titre(x), lignes: clean(lignes(x)) }));
  return {
    titre: `Données détenues sur ${u.prenom} ${u.nom}`,
    structure: `${structure.name}, ${structure.address}, ${structure.postalCode} ${structure.city}`,
    genereLe: formatDateTime(now),
    avertissement: "Document établi au titre du droit d'accès (article 15 du RGPD). Il contient toutes les informations enregistrées sur vous, y compris les notes confidentielles de vos interlocuteurs, signalées comme telles.",
    sections: [
      { titre: "Identité et coordonnées", lignes: clean([
        ["Numéro de dossier", u.numeroDossier], ["Civilité", label(U.CIVILITE_LABELS, u.civilite)], ["Nom", u.nom], ["Nom de naissance", u.nomNaissance],
        ["Prénom", u.prenom], ["Date de naissance", d(u.dateNaissance)], ["Téléphone", u.telephone], ["Adresse e-mail", u.email],
        ["Adresse", [u.adresse, u.codePostal, u.commune].filter(Boolean).join(" ")], ["Quartier", u.quartier], ["Site", u.site?.name],
        ["Situation familiale", label(U.SITUATION_FAMILIALE_LABELS, u.situationFamiliale)], ["Logement", label(U.LOGEMENT_STATUT_LABELS, u.logementStatut)],
        ["Bailleur", u.bailleur], ["Mesure de protection", label(U.MESURE_PROTECTION_LABELS, u.mesureProtection)], ["Mandataire", u.mesureOrganisme],
        ["Droits ouverts", u.droitsOuverts.map((x) => label(U.DROIT_OUVERT_LABELS, x)).join(", ")],
        ["Notice d'information remise le", d(u.informationDonneeLe)], ["Statut du dossier", label(U.USAGER_STATUS_LABELS, u.status)],
        ["Dossier créé le", d(u.createdAt)], ["Référent·e·s", u.referents.map((r) => `${r.user.firstName} ${r.user.lastName}`).join(", ")],
      ]) },
      { titre: "Foyer", lignes: u.foyer.map((m): ReportLine => [label(U.LIEN_FOYER_LABELS, m.lien), `${m.prenom} ${m.nom}, né·e le ${d(m.dateNaissance)}`]) },
      { titre: "Ressources et charges mensuelles", lignes: u.budget.map((l): ReportLine => [`${l.kind === "RESSOURCE" ? "Ressource" : "Charge"} : ${label(BUDGET_LABELS, l.type)}`, formatEuros(l.montantCents)]) },
      { titre: "Entretiens", lignes: [], sousSections: sub(u.entretiens, (e) => `Entretien du ${formatDateTime(e.date)}`, (e) => [
        ["Par", name(e.authorId)], ["Mode", label(CANAL_LABELS, e.canal)], ["Durée", `${e.dureeMinutes} min`],
        ["Objet", [e.objets.map((o) => label(DOMAINE_LABELS, o)).join(", "), e.objetPrecision].filter(Boolean).join(" : ")],
        ["Compte rendu", e.resume], ["Suites", e.suites],
        ...(e.noteConfidentielle ? [["NOTE CONFIDENTIELLE de " + name(e.authorId), e.noteConfidentielle] as [string, string]] : []),
      ]) },
      { titre: "Diagnostics sociaux", lignes: [], sousSections: sub(u.diagnostics, (x) => `Diagnostic n° ${x.numero} du ${d(x.date)}`, (x) => [
        ["Par", name(x.authorId)],
        ...x.domaines.map((dom): [string, string] => [label(DOMAINE_LABELS, dom.domaine), `Priorité ${label(PRIORITE_LABELS, dom.priorite).toLowerCase()}. Situation : ${dom.situation || "—"}. Besoins : ${dom.besoins || "—"}`]),
        ["Droits probablement non ouverts", x.droitsNonOuverts.map((r) => label(U.DROIT_OUVERT_LABELS, r)).join(", ")],
        ["Propositions", x.propositions.map((p) => label(PROPOSITION_LABELS, p)).join(", ")], ["Conclusion", x.conclusion],
      ]) },
      { titre: "Accompagnements", lignes: [], sousSections: sub(u.accompagnements, (a) => `${label(ACCOMPAGNEMENT_TYPE_LABELS, a.type)} depuis le ${d(a.debut)}`, (a) => [
        ["Référent·e", name(a.referentId)], ["Statut", label(ACCOMPAGNEMENT_STATUS_LABELS, a.status)], ["Fin prévue", d(a.finPrevue)], ["Motif de clôture", a.motifCloture],
        ...a.objectifs.flatMap((o) => [[`Objectif : ${o.libelle}`, o.actions.map((x) => `${x.libelle} (${label(PLAN_ACTION_STATUS_LABELS, x.status).toLowerCase()}${x.echeance ? `, échéance ${d(x.echeance)}` : ""})`).join(" ; ")] as [string, string]]),
        ...a.dettes.map((x): [string, string] => [`Dette : ${x.creancier}`, `${formatEuros(x.montantCents)}, remboursement ${formatEuros(x.mensualiteCents)} par mois`]),
        ["Impayés de loyer", a.impayesCents != null ? `${formatEuros(a.impayesCents)} (${a.impayesMois ?? "?"} mois)` : null],
        ["Lieu de vie", a.lieuVie], ["Domiciliation", a.domiciliationOrganisme],
      ]) },
      { titre: "Aides", lignes: [], sousSections: sub(u.aides, (a) => `${label(AIDE_TYPE_LABELS, a.type)} demandée le ${d(a.demandeLe)}`, (a) => [
        ["Objet", a.objet], ["Montant demandé", formatEuros(a.montantDemandeCents)], ["Montant accordé", a.montantAccordeCents != null ? formatEuros(a.montantAccordeCents) : null],
        ["Statut", label(AIDE_STATUS_LABELS, a.status)], ["Décision le", d(a.decisionLe)], ["Motif du refus", a.motifRefus],
      ]) },
      { titre: "Fiches de liaison", lignes: [], sousSections: sub(u.fiches, (f) => `Fiche ${f.reference} du ${d(f.sentAt)}`, (f) => [
        ["Motifs", f.motifs.map((m) => label(FICHE_MOTIF_LABELS, m)).join(", ")], ["Précision", f.motifPrecision], ["Statut", label(FICHE_STATUS_LABELS, f.status)],
        ["Accord de la personne", f.consentementTexte], ["Évaluation du CCAS", f.evaluationNotes],
      ]) },
      { titre: "Orientations", lignes: [], sousSections: sub(u.orientations, (o) => `Vers ${o.partenaire.nom} le ${d(o.date)}`, (o) => [
        ["Motif", o.motif], ["Éléments transmis", o.elementsTransmis.map((e) => label(ELEMENT_LABELS, e)).join(", ")],
        ["Accord de la personne le", d(o.consentementLe)], ["Statut", label(ORIENTATION_STATUS_LABELS, o.status)], ["Motif du refus", o.motifRefus],
      ]) },
      { titre: "Rendez-vous", lignes: u.rendezVous.map((r): ReportLine => [`${formatDateTime(r.debut)} (${label(RDV_KIND_LABELS, r.kind).toLowerCase()})`, [
        label(RDV_STATUS_LABELS, r.status), `avec ${name(r.travailleurId)}`, ...(r.site ? [r.site.name] : []), ...(r.lieuPrecision ? [r.lieuPrecision] : []),
        ...(r.objet ? [`objet : ${r.objet}`] : []), r.rappelConsenti ? `rappel accepté${r.rappelEnvoyeAt ? `, envoyé le ${formatDateTime(r.rappelEnvoyeAt)}` : ""}` : "sans rappel",
      ].join(" · ")]) },
      // The files themselves are handed over from the dossier on request (the export stays one document).
      { titre: "Pièces jointes", lignes: u.documents.map((x): ReportLine => [x.name, [
        label(DOCUMENT_TYPE_LABELS, x.type), ACCEPTED_FORMATS[x.mime]?.label ?? x.mime, formatBytes(x.size), `ajoutée le ${d(x.createdAt)}`,
        ...(x.confidential ? ["confidentielle"] : []), ...(x.deletedAt ? [`supprimée le ${d(x.deletedAt)}, effacée 30 jours après`] : []),
      ].join(" · ")]) },
      { titre: "Ateliers collectifs", lignes: u.ateliers.map((i): ReportLine => [`${i.atelier.titre} (${label(ATELIER_THEME_LABELS, i.atelier.theme)}) le ${formatDateTime(i.atelier.debut)}`, [
        label(INSCRIPTION_STATUS_LABELS, i.status), `atelier ${label(ATELIER_STATUS_LABELS, i.atelier.status).toLowerCase()}`, ...(i.presence ? [label(PRESENCE_LABELS, i.presence)] : []),
      ].join(" · ")]) },
      { titre: "Domiciliation et courrier", lignes: [], sousSections: sub(u.domiciliations, (x) => `Demande de domiciliation du ${d(x.demandeLe)}`, (x) => [
        ["Liens avec la commune", x.liens.map((l) => label(LIEN_COMMUNE_LABELS, l)).join(", ")], ["Précision", x.lienPrecision],
        ["Statut", label(DOMICILIATION_STATUS_LABELS, x.status)], ["Décision le", d(x.decisionLe)], ["Début", d(x.debut)], ["Valable jusqu'au", d(x.finValidite)],
        ["Motif du refus", x.motifRefus ? `${label(MOTIF_REFUS_LABELS, x.motifRefus)}${x.motifRefusTexte ? ` : ${x.motifRefusTexte}` : ""}` : null],
        ["Fin le", d(x.finLe)], ["Motif de fin", x.motifFin ? `${label(MOTIF_FIN_LABELS, x.motifFin)}${x.finPrecision ? ` : ${x.finPrecision}` : ""}` : null],
        ...x.courriers.map((c): [string, string] => [`Courrier reçu le ${d(c.recuLe)}`, `${label(EXPEDITEUR_LABELS, c.expediteurType)}${c.recommande ? ", recommandé" : ""} — ${label(COURRIER_STATUS_LABELS, c.status).toLowerCase()}${c.remisLe ? ` le ${formatDateTime(c.remisLe)}` : c.retourneLe ? ` le ${d(c.retourneLe)}` : ""}`]),
      ]) },
      { titre: "Accès et modifications du dossier", lignes: accesses.map((a): ReportLine => [formatDateTime(a.at), `${auditActionLabel(a.action)} par ${a.by}${a.ip ? ` (adresse ${a.ip})` : ""}`]) },
    ],
  };
}
