// Orientations in the person's dossier (lib/domain/dossier/parts.ts): history lines,
// anonymisation (partner, dates and statuses stay), export.
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { ANONYMISED_TEXT } from "@/lib/domain/shared/anonymised";
import { day, label, subSections } from "@/lib/domain/shared/report-lines";
import { ELEMENT_LABELS, ORIENTATION_STATUS_LABELS } from "./labels";
import { orientationTimelineEvents } from "./timeline-source";

export const orientationsDossierPart: DossierPart = {
  timeline: { kind: "orientation", label: "Orientations", events: orientationTimelineEvents },
  anonymise: [
    {
      label: "Orientations",
      effect: "motifs et notes supprimés, partenaire, dates et statuts conservés",
      count: (tx, { usagerId }) => tx.orientation.count({ where: { usagerId } }),
      run: async (tx, { usagerId }) => {
        await tx.orientation.updateMany({ where: { usagerId }, data: { motif: ANONYMISED_TEXT, motifRefus: null } });
        await tx.orientationEvent.updateMany({ where: { orientation: { usagerId } }, data: { note: null } });
      },
    },
  ],
  auditedIds: async (tx, usagerId) => (await tx.orientation.findMany({ where: { usagerId }, select: { id: true } })).map((r) => r.id),
  personExport: async (tx, { usagerId }) => {
    const orientations = await tx.orientation.findMany({ where: { usagerId }, include: { partenaire: { select: { nom: true } } }, orderBy: { date: "asc" } });
    return [
      { titre: "Orientations", lignes: [], sousSections: subSections(orientations, (o) => `Vers ${o.partenaire.nom} le ${day(o.date)}`, (o) => [
        ["Motif", o.motif], ["Éléments transmis", o.elementsTransmis.map((e) => label(ELEMENT_LABELS, e)).join(", ")],
        ["Accord de la personne le", day(o.consentementLe)], ["Statut", label(ORIENTATION_STATUS_LABELS, o.status)], ["Motif du refus", o.motifRefus],
      ]) },
    ];
  },
};
