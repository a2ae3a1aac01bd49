// Fiches de liaison in the person's dossier (lib/domain/dossier/parts.ts): history lines,
// anonymisation (motives, dates and statuses stay for the delays measured), export.
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { ANONYMISED_NOM, ANONYMISED_PRENOM } from "@/lib/domain/shared/anonymised";
import { day, label, subSections } from "@/lib/domain/shared/report-lines";
import { FICHE_MOTIF_LABELS, FICHE_STATUS_LABELS } from "./labels";
import { ficheTimelineEvents } from "./timeline-source";

export const fichesDossierPart: DossierPart = {
  timeline: { kind: "fiche", label: "Fiches de liaison", events: ficheTimelineEvents },
  anonymise: [
    {
      label: "Fiches de liaison",
      effect: "identité, coordonnées et évaluation supprimées, motifs, dates et statuts conservés",
      count: (tx, { usagerId }) => tx.ficheLiaison.count({ where: { usagerId } }),
      run: (tx, { usagerId }) => tx.$executeRaw`
        UPDATE "FicheLiaison" SET nom = ${ANONYMISED_NOM}, prenom = ${ANONYMISED_PRENOM},
          "dateNaissance" = date_trunc('year', "dateNaissance")::date, telephone = NULL, email = NULL, disponibilites = NULL,
          adresse = NULL, "motifPrecision" = NULL, "evaluationNotes" = NULL, "rdvLieuPrecision" = NULL, "reorienteeVers" = NULL
        WHERE "usagerId" = ${usagerId}::uuid`,
    },
  ],
  auditedIds: async (tx, usagerId) => (await tx.ficheLiaison.findMany({ where: { usagerId }, select: { id: true } })).map((r) => r.id),
  personExport: async (tx, { usagerId }) => {
    const fiches = await tx.ficheLiaison.findMany({ where: { usagerId }, orderBy: { sentAt: "asc" } });
    return [
      { titre: "Fiches de liaison", lignes: [], sousSections: subSections(fiches, (f) => `Fiche ${f.reference} du ${day(f.sentAt)}`, (f) => [
        ["Motifs", f.motifs.map((m) => label(FICHE_MOTIF_LABELS, m)).join(", ")], ["Précision", f.motifPrecision], ["Statut", label(FICHE_STATUS_LABELS, f.status)],
        ["Accord de la personne", f.consentementTexte], ["Évaluation du CCAS", f.evaluationNotes],
      ]) },
    ];
  },
};
