// Entretiens in the person's dossier (lib/domain/dossier/parts.ts): history lines (never the
// confidential note), anonymisation (dates, durations and channels stay for the statistics), and
// the export, where the person reads every note written about them, confidential ones marked.
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { ANONYMISED_TEXT } from "@/lib/domain/shared/anonymised";
import { label, subSections } from "@/lib/domain/shared/report-lines";
import { formatDateTime } from "@/lib/format";
import { CANAL_LABELS, DOMAINE_LABELS } from "./labels";
import { entretienTimelineEvents } from "./timeline-source";

export const entretiensDossierPart: DossierPart = {
  timeline: { kind: "entretien", label: "Entretiens", events: entretienTimelineEvents },
  anonymise: [
    {
      label: "Entretiens",
      effect: "résumés, précisions et suites supprimés, dates, durées et canaux conservés",
      count: (tx, { usagerId }) => tx.entretien.count({ where: { usagerId } }),
      run: (tx, { usagerId }) => tx.entretien.updateMany({ where: { usagerId }, data: { resume: ANONYMISED_TEXT, objetPrecision: null, suites: null } }),
    },
    {
      label: "Notes confidentielles",
      effect: "supprimées",
      count: (tx, { usagerId }) => tx.entretien.count({ where: { usagerId, noteConfidentielle: { not: null } } }),
      run: (tx, { usagerId }) => tx.entretien.updateMany({ where: { usagerId, noteConfidentielle: { not: null } }, data: { noteConfidentielle: null } }),
    },
  ],
  auditedIds: async (tx, usagerId) => (await tx.entretien.findMany({ where: { usagerId }, select: { id: true } })).map((r) => r.id),
  personExport: async (tx, { usagerId }, name) => {
    const entretiens = await tx.entretien.findMany({ where: { usagerId }, orderBy: { date: "asc" } });
    return [
      { titre: "Entretiens", lignes: [], sousSections: subSections(entretiens, (e) => `Entretien du ${formatDateTime(e.date)}`, (e) => [
        ["Par", name(e.authorId)], ["Mode", label(CANAL_LABELS, e.canal)], ["Durée", `${e.dureeMinutes} min`],
        ["Objet", [e.objets.map((o) => label(DOMAINE_LABELS, o)).join(", "), e.objetPrecision].filter(Boolean).join(" : ")],
        ["Compte rendu", e.resume], ["Suites", e.suites],
        ...(e.noteConfidentielle ? [["NOTE CONFIDENTIELLE de " + name(e.authorId), e.noteConfidentielle] as [string, string]] : []),
      ]) },
    ];
  },
};
