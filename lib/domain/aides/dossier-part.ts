// Aids in the person's dossier (lib/domain/dossier/parts.ts): history lines, anonymisation
// (types, statuses, dates and amounts stay: aid files are public archives), export.
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { day, label, subSections } from "@/lib/domain/shared/report-lines";
import { formatEuros } from "@/lib/format";
import { AIDE_STATUS_LABELS, AIDE_TYPE_LABELS } from "./labels";
import { aideTimelineEvents } from "./timeline-source";

export const aidesDossierPart: DossierPart = {
  timeline: { kind: "aide", label: "Aides", events: (actor, usagerId, names) => aideTimelineEvents(actor, usagerId, names) },
  anonymise: [
    {
      label: "Aides",
      effect: "objet et motif de refus supprimés, types, statuts, dates et montants conservés",
      count: (tx, { usagerId }) => tx.aide.count({ where: { usagerId } }),
      run: (tx, { usagerId }) => tx.aide.updateMany({ where: { usagerId }, data: { objet: null, motifRefus: null } }),
    },
  ],
  auditedIds: async (tx, usagerId) => (await tx.aide.findMany({ where: { usagerId }, select: { id: true } })).map((r) => r.id),
  personExport: async (tx, { usagerId }) => {
    const aides = await tx.aide.findMany({ where: { usagerId }, orderBy: { demandeLe: "asc" } });
    return [
      { titre: "Aides", lignes: [], sousSections: subSections(aides, (a) => `${label(AIDE_TYPE_LABELS, a.type)} demandée le ${day(a.demandeLe)}`, (a) => [
        ["Objet", a.objet], ["Montant demandé", formatEuros(a.montantDemandeCents)], ["Montant accordé", a.montantAccordeCents != null ? formatEuros(a.montantAccordeCents) : null],
        ["Statut", label(AIDE_STATUS_LABELS, a.status)], ["Décision le", day(a.decisionLe)], ["Motif du refus", a.motifRefus],
      ]) },
    ];
  },
};
