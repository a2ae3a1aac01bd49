// The accueil in the person's dossier (lib/domain/dossier/parts.ts): passages at a desk and waits
// in the queue of a walk-in permanence. They stay counts after anonymisation (site, time, motifs,
// answer, ticket and outcome feed the dashboard and the rapport d'activité); the free text goes
// (a first name typed at the desk, where the person was directed). The right of access lists them.
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { subSections } from "@/lib/domain/shared/report-lines";
import { formatDateTime } from "@/lib/format";
import { motifsText, passageAnswer, queueOutcome } from "./dossier-lines";
import { accueilTimelineEvents } from "./timeline-source";

export const accueilDossierPart: DossierPart = {
  timeline: { kind: "accueil", label: "Accueil", events: accueilTimelineEvents },
  anonymise: [
    {
      label: "Passages à l'accueil",
      effect: "prénom saisi à l'accueil effacé, site, heure, motifs et réponse conservés pour les comptages",
      count: (tx, { usagerId, structureId }) => tx.passage.count({ where: { usagerId, structureId } }),
      run: (tx, { usagerId, structureId }) => tx.passage.updateMany({ where: { usagerId, structureId }, data: { prenom: null } }),
    },
    {
      label: "File d'attente de la permanence sans rendez-vous",
      effect: "prénom et précision de l'orientation effacés, ticket, heures, motif et suite conservés pour les comptages",
      count: (tx, { usagerId, structureId }) => tx.fileAttenteEntree.count({ where: { usagerId, structureId } }),
      run: (tx, { usagerId, structureId }) => tx.fileAttenteEntree.updateMany({ where: { usagerId, structureId }, data: { prenom: null, orientationPrecision: null } }),
    },
  ],
  auditedIds: async (tx, usagerId) => {
    const [passages, entries] = await Promise.all([
      tx.passage.findMany({ where: { usagerId }, select: { id: true } }),
      tx.fileAttenteEntree.findMany({ where: { usagerId }, select: { id: true } }),
    ]);
    return [...passages, ...entries].map((r) => r.id);
  },
  personExport: async (tx, { usagerId, structureId }, name) => {
    const [passages, entries] = await Promise.all([
      tx.passage.findMany({ where: { usagerId, structureId }, include: { site: { select: { name: true } }, partenaire: { select: { nom: true } } }, orderBy: { survenuLe: "asc" } }),
      tx.fileAttenteEntree.findMany({ where: { usagerId, structureId }, include: { site: { select: { name: true } } }, orderBy: { arriveeLe: "asc" } }),
    ]);
    if (passages.length + entries.length === 0) return [];
    return [
      { titre: "Accueil : passages et permanences sans rendez-vous", lignes: [], sousSections: [
        ...subSections(passages, (p) => `Passage du ${formatDateTime(p.survenuLe)}`, (p) => [
          ["Site", p.site.name], ["Motifs", motifsText(p.motifs)], ["Réponse apportée", passageAnswer(p.reponse, p.partenaire?.nom)], ["Enregistré par", name(p.enregistreParId)],
        ]),
        ...subSections(entries, (e) => `Permanence sans rendez-vous du ${formatDateTime(e.arriveeLe)}`, (e) => [
          ["Site", e.site.name], ["Ticket", `n° ${e.ticket}`], ["Motif", motifsText([e.motif])],
          ["Suite", queueOutcome(e.status, e.traiteParId ? name(e.traiteParId) : null, e.orientationPrecision)],
          ["Sortie de la file", e.sortieLe ? formatDateTime(e.sortieLe) : null], ["Inscrit par", name(e.ajouteParId)],
        ]),
      ] },
    ];
  },
};
