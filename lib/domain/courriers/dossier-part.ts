// What the courriers feature contributes to the person's dossier (lib/domain/dossier/parts.ts):
// the history shows how each letter reached the person (its generation is already there, as a
// pièce jointe of type "Courrier"); the anonymisation deletes the letters' rows, with what the
// worker typed and the e-mail addresses used (their files go with the pièces jointes); the
// right-of-access export lists every letter and every envoi.
import { db } from "@/lib/db";
import { rowsById } from "@/lib/domain/shared/related-rows";
import { courrierGenereScope } from "@/lib/auth/scopes/courrier-genere";
import type { DossierPart, TimelineEvent } from "@/lib/domain/shared/dossier-part";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { ENVOI_MODE_LABELS, SOURCE_LABELS } from "./labels";

const ENVOI_TITLES = { REMIS_EN_MAIN_PROPRE: "Courrier remis en main propre", POSTE: "Courrier posté", EMAIL: "Courrier envoyé par e-mail" } as const;

export const courriersDossierPart: DossierPart = {
  timeline: {
    kind: "courrier",
    label: "Courriers",
    events: async (actor, usagerId, names) => {
      const envois = await db.courrierEnvoi.findMany({
        where: { courrier: { AND: [courrierGenereScope(actor), { usagerId }] } },
        orderBy: { createdAt: "desc" },
        take: 500,
      });
      // The letters' titles read only when there is an envoi (related-rows.ts).
      const courriers = await rowsById(envois.map((e) => e.courrierId), (ids) => db.courrier.findMany({ where: { id: { in: ids } }, select: { id: true, titre: true } }));
      return envois.map((e): TimelineEvent => ({
        id: `courrier-envoi-${e.id}`, at: e.createdAt, kind: "courrier", title: ENVOI_TITLES[e.mode],
        detail: `${courriers.get(e.courrierId)?.titre ?? "Courrier"}${e.mode === "POSTE" && e.recommande ? " · en recommandé" : ""} · le ${formatCalendarDate(e.le)}`, by: names(e.createdById),
      }));
    },
  },
  anonymise: [
    {
      label: "Courriers générés",
      effect: "supprimés, avec ce qui avait été saisi pour eux (destinataire, message) et les adresses e-mail d'envoi ; leurs fichiers partent avec les pièces jointes",
      count: (tx, { usagerId, structureId }) => tx.courrier.count({ where: { usagerId, structureId } }),
      run: (tx, { usagerId, structureId }) => tx.courrier.deleteMany({ where: { usagerId, structureId } }),
    },
  ],
  auditedIds: async (tx, usagerId) => (await tx.courrier.findMany({ where: { usagerId }, select: { id: true } })).map((c) => c.id),
  personExport: async (tx, target, names) => {
    const courriers = await tx.courrier.findMany({
      where: { usagerId: target.usagerId, structureId: target.structureId },
      include: { envois: { orderBy: { createdAt: "asc" } } },
      orderBy: { createdAt: "asc" },
    });
    if (courriers.length === 0) return [];
    return [{
      titre: "Courriers",
      lignes: [["Nombre de courriers", String(courriers.length)]],
      sousSections: courriers.map((c) => ({
        titre: `${c.titre} — ${formatDateTime(c.createdAt)}`,
        lignes: [
          ["Établi depuis", SOURCE_LABELS[c.source]],
          ["Établi par", names(c.createdById)],
          ...(c.destinataire ? [["Destinataire", c.destinataire] as [string, string]] : []),
          ...(c.message ? [["Message", c.message] as [string, string]] : []),
          ...c.envois.map((e): [string, string] => [ENVOI_MODE_LABELS[e.mode], `le ${formatCalendarDate(e.le)}${e.email ? ` à ${e.email}` : ""}${e.recommande ? ", en recommandé" : ""}`]),
        ],
      })),
    }];
  },
};
