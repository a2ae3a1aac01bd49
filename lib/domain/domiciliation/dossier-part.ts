// Domiciliation in the person's dossier (lib/domain/dossier/parts.ts): history lines,
// anonymisation, export with the mail log. At anonymisation the free text goes (the link's
// precision, the written reasons); dates, statuses and coded reasons stay for the préfet's
// statistics, and so does the mail log (dates and sender types only, no names).
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { day, label, subSections } from "@/lib/domain/shared/report-lines";
import { formatDateTime } from "@/lib/format";
import { COURRIER_STATUS_LABELS, DOMICILIATION_STATUS_LABELS, EXPEDITEUR_LABELS, LIEN_COMMUNE_LABELS, MOTIF_FIN_LABELS, MOTIF_REFUS_LABELS } from "./labels";
import { domiciliationTimelineEvents } from "./timeline-source";

export const domiciliationDossierPart: DossierPart = {
  timeline: { kind: "domiciliation", label: "Domiciliation", events: (actor, usagerId, names) => domiciliationTimelineEvents(actor, usagerId, names) },
  anonymise: [
    {
      label: "Domiciliations",
      effect: "précisions et motifs rédigés effacés, dates et motifs codés conservés pour le rapport annuel",
      count: (tx, { usagerId, structureId }) => tx.domiciliation.count({ where: { usagerId, structureId } }),
      run: (tx, { usagerId, structureId }) => tx.domiciliation.updateMany({
        where: { usagerId, structureId },
        data: { lienPrecision: null, motifRefusTexte: null, finPrecision: null, membresCouverts: [] },
      }),
    },
  ],
  personExport: async (tx, { usagerId }) => {
    const domiciliations = await tx.domiciliation.findMany({ where: { usagerId }, include: { courriers: { orderBy: { recuLe: "asc" } } }, orderBy: { demandeLe: "asc" } });
    return [
      { titre: "Domiciliation et courrier", lignes: [], sousSections: subSections(domiciliations, (x) => `Demande de domiciliation du ${day(x.demandeLe)}`, (x) => [
        ["Liens avec la commune", x.liens.map((l) => label(LIEN_COMMUNE_LABELS, l)).join(", ")], ["Précision", x.lienPrecision],
        ["Statut", label(DOMICILIATION_STATUS_LABELS, x.status)], ["Décision le", day(x.decisionLe)], ["Début", day(x.debut)], ["Valable jusqu'au", day(x.finValidite)],
        ["Motif du refus", x.motifRefus ? `${label(MOTIF_REFUS_LABELS, x.motifRefus)}${x.motifRefusTexte ? ` : ${x.motifRefusTexte}` : ""}` : null],
        ["Fin le", day(x.finLe)], ["Motif de fin", x.motifFin ? `${label(MOTIF_FIN_LABELS, x.motifFin)}${x.finPrecision ? ` : ${x.finPrecision}` : ""}` : null],
        ...x.courriers.map((c): [string, string] => [`Courrier reçu le ${day(c.recuLe)}`, `${label(EXPEDITEUR_LABELS, c.expediteurType)}${c.recommande ? ", recommandé" : ""} — ${label(COURRIER_STATUS_LABELS, c.status).toLowerCase()}${c.remisLe ? ` le ${formatDateTime(c.remisLe)}` : c.retourneLe ? ` le ${day(c.retourneLe)}` : ""}`]),
      ]) },
    ];
  },
};
