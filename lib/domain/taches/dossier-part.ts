// Tasks about a person (lib/domain/dossier/parts.ts): the right-of-access export lists them, and
// anonymisation removes their titles (due dates and statuses stay for the team's figures).
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { ANONYMISED_TEXT } from "@/lib/domain/shared/anonymised";
import { day, label, subSections } from "@/lib/domain/shared/report-lines";
import { TACHE_STATUS_LABELS } from "./schemas";

export const tachesDossierPart: DossierPart = {
  anonymise: [
    {
      label: "Tâches de l'équipe",
      effect: "intitulés supprimés, échéances et statuts conservés",
      count: (tx, { usagerId }) => tx.tache.count({ where: { usagerId } }),
      run: (tx, { usagerId }) => tx.tache.updateMany({ where: { usagerId }, data: { titre: ANONYMISED_TEXT } }),
    },
  ],
  auditedIds: async (tx, usagerId) => (await tx.tache.findMany({ where: { usagerId }, select: { id: true } })).map((r) => r.id),
  personExport: async (tx, { usagerId }, name) => {
    const rows = await tx.tache.findMany({ where: { usagerId }, orderBy: { createdAt: "asc" } });
    return [
      { titre: "Tâches de l'équipe", lignes: [], sousSections: subSections(rows, (t) => t.titre, (t) => [
        ["Échéance", day(t.echeance)], ["Confiée à", name(t.assigneeId)], ["Par", name(t.createdById)], ["Statut", label(TACHE_STATUS_LABELS, t.status)],
      ]) },
    ];
  },
};
