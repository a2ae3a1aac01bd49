// Accompagnements in the person's dossier (lib/domain/dossier/parts.ts): history lines,
// anonymisation (types, statuses, dates and amounts stay for the statistics), export.
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { ANONYMISED_TEXT } from "@/lib/domain/shared/anonymised";
import { day, label, subSections } from "@/lib/domain/shared/report-lines";
import { formatEuros } from "@/lib/format";
import { ACCOMPAGNEMENT_STATUS_LABELS, ACCOMPAGNEMENT_TYPE_LABELS, PLAN_ACTION_STATUS_LABELS } from "./labels";
import { accompagnementTimelineEvents } from "./timeline-source";

export const accompagnementsDossierPart: DossierPart = {
  timeline: { kind: "accompagnement", label: "Accompagnements", events: (actor, usagerId, names) => accompagnementTimelineEvents(actor, usagerId, names) },
  anonymise: [
    {
      label: "Accompagnements",
      effect: "textes libres (motif de clôture, plan, créanciers, lieux) supprimés, types, statuts, dates et montants conservés",
      count: (tx, { usagerId }) => tx.accompagnement.count({ where: { usagerId } }),
      run: async (tx, { usagerId }) => {
        const T = ANONYMISED_TEXT;
        await tx.accompagnement.updateMany({
          where: { usagerId },
          data: { motifCloture: null, numeroUnique: null, fslDossier: null, lieuVie: null, domiciliationOrganisme: null, siaoStatut: null },
        });
        await tx.planObjectif.updateMany({ where: { accompagnement: { usagerId } }, data: { libelle: T } });
        await tx.planAction.updateMany({ where: { objectif: { accompagnement: { usagerId } } }, data: { libelle: T, porteur: T } });
        await tx.dette.updateMany({ where: { accompagnement: { usagerId } }, data: { creancier: T } });
        await tx.contactMaraude.updateMany({ where: { accompagnement: { usagerId } }, data: { lieu: T, observations: null } });
      },
    },
  ],
  auditedIds: async (tx, usagerId) => (await tx.accompagnement.findMany({ where: { usagerId }, select: { id: true } })).map((r) => r.id),
  personExport: async (tx, { usagerId }, name) => {
    const accompagnements = await tx.accompagnement.findMany({
      where: { usagerId }, include: { objectifs: { include: { actions: true } }, dettes: true }, orderBy: { debut: "asc" },
    });
    return [
      { titre: "Accompagnements", lignes: [], sousSections: subSections(accompagnements, (a) => `${label(ACCOMPAGNEMENT_TYPE_LABELS, a.type)} depuis le ${day(a.debut)}`, (a) => [
        ["Référent·e", name(a.referentId)], ["Statut", label(ACCOMPAGNEMENT_STATUS_LABELS, a.status)], ["Fin prévue", day(a.finPrevue)], ["Motif de clôture", a.motifCloture],
        ...a.objectifs.flatMap((o) => [[`Objectif : ${o.libelle}`, o.actions.map((x) => `${x.libelle} (${label(PLAN_ACTION_STATUS_LABELS, x.status).toLowerCase()}${x.echeance ? `, échéance ${day(x.echeance)}` : ""})`).join(" ; ")] as [string, string]]),
        ...a.dettes.map((x): [string, string] => [`Dette : ${x.creancier}`, `${formatEuros(x.montantCents)}, remboursement ${formatEuros(x.mensualiteCents)} par mois`]),
        ["Impayés de loyer", a.impayesCents != null ? `${formatEuros(a.impayesCents)} (${a.impayesMois ?? "?"} mois)` : null],
        ["Lieu de vie", a.lieuVie], ["Domiciliation", a.domiciliationOrganisme],
      ]) },
    ];
  },
};
