// Signalements linked to a person's dossier (lib/domain/dossier/parts.ts): the anonymisation
// scrubs what was said of the person and the place (the reporter is already gone, or goes too),
// dates and statuses stay for the figures; the right of access lists them.
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { ANONYMISED_TEXT } from "@/lib/domain/shared/anonymised";
import { label, subSections } from "@/lib/domain/shared/report-lines";
import { formatDate, formatDateTime } from "@/lib/format";
import { SIGNALEMENT_STATUS_LABELS } from "./labels";

export const signalementsDossierPart: DossierPart = {
  anonymise: [
    {
      label: "Signalements de la maraude",
      effect: "description de la personne, lieu, situation, notes et coordonnées de la personne qui a signalé supprimés, dates et statuts conservés",
      count: (tx, { usagerId }) => tx.signalement.count({ where: { usagerId } }),
      run: async (tx, { usagerId }) => {
        await tx.signalement.updateMany({
          where: { usagerId },
          data: { personne: ANONYMISED_TEXT, lieu: ANONYMISED_TEXT, situation: ANONYMISED_TEXT, quartier: null, reporterNom: null, reporterTelephone: null, reporterEmail: null },
        });
        await tx.signalementEvent.updateMany({ where: { signalement: { usagerId } }, data: { note: null } });
      },
    },
  ],
  auditedIds: async (tx, usagerId) => (await tx.signalement.findMany({ where: { usagerId }, select: { id: true } })).map((r) => r.id),
  personExport: async (tx, { usagerId }) => {
    const rows = await tx.signalement.findMany({ where: { usagerId }, include: { events: { orderBy: { at: "asc" } } }, orderBy: { createdAt: "asc" } });
    if (rows.length === 0) return [];
    return [
      { titre: "Signalements de la maraude", lignes: [], sousSections: subSections(rows, (s) => `Signalement ${s.reference} du ${formatDate(s.createdAt)}`, (s) => [
        ["Description de la personne", s.personne], ["Lieu", [s.lieu, s.quartier, s.commune].filter(Boolean).join(", ")], ["Situation", s.situation],
        ["Statut", label(SIGNALEMENT_STATUS_LABELS, s.status)],
        ["Étapes", s.events.map((e) => `${formatDateTime(e.at)} : ${label(SIGNALEMENT_STATUS_LABELS, e.status)}${e.note ? ` (${e.note})` : ""}`).join(" ; ")],
      ]) },
    ];
  },
};
