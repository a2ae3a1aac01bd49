// Diagnostics in the person's dossier (lib/domain/dossier/parts.ts): history lines, anonymisation
// (domains and priorities stay for the statistics), export of every evaluation in full.
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { ANONYMISED_TEXT } from "@/lib/domain/shared/anonymised";
import { day, label, subSections } from "@/lib/domain/shared/report-lines";
import { DOMAINE_LABELS } from "@/lib/domain/entretiens/labels";
import { DROIT_OUVERT_LABELS } from "@/lib/domain/usagers/labels";
import { PRIORITE_LABELS, PROPOSITION_LABELS } from "./schemas";
import { diagnosticTimelineEvents } from "./timeline-source";

export const diagnosticsDossierPart: DossierPart = {
  timeline: { kind: "diagnostic", label: "Diagnostics", events: diagnosticTimelineEvents },
  anonymise: [
    {
      label: "Diagnostics",
      effect: "conclusions, situations et besoins supprimés, domaines et priorités conservés",
      count: (tx, { usagerId }) => tx.diagnostic.count({ where: { usagerId } }),
      run: async (tx, { usagerId }) => {
        await tx.diagnostic.updateMany({ where: { usagerId }, data: { conclusion: ANONYMISED_TEXT } });
        await tx.diagnosticDomaine.updateMany({ where: { diagnostic: { usagerId } }, data: { situation: ANONYMISED_TEXT, besoins: ANONYMISED_TEXT } });
      },
    },
  ],
  auditedIds: async (tx, usagerId) => (await tx.diagnostic.findMany({ where: { usagerId }, select: { id: true } })).map((r) => r.id),
  personExport: async (tx, { usagerId }, name) => {
    const diagnostics = await tx.diagnostic.findMany({ where: { usagerId }, include: { domaines: true }, orderBy: { numero: "asc" } });
    return [
      { titre: "Diagnostics sociaux", lignes: [], sousSections: subSections(diagnostics, (x) => `Diagnostic n° ${x.numero} du ${day(x.date)}`, (x) => [
        ["Par", name(x.authorId)],
        ...x.domaines.map((dom): [string, string] => [label(DOMAINE_LABELS, dom.domaine), `Priorité ${label(PRIORITE_LABELS, dom.priorite).toLowerCase()}. Situation : ${dom.situation || "—"}. Besoins : ${dom.besoins || "—"}`]),
        ["Droits probablement non ouverts", x.droitsNonOuverts.map((r) => label(DROIT_OUVERT_LABELS, r)).join(", ")],
        ["Propositions", x.propositions.map((p) => label(PROPOSITION_LABELS, p)).join(", ")], ["Conclusion", x.conclusion],
      ]) },
    ];
  },
};
