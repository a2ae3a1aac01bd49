// Rendez-vous in the person's dossier (lib/domain/dossier/parts.ts): history lines, anonymisation,
// export. An anonymised dossier keeps its rendez-vous (dates, kinds and outcomes feed the no-show
// statistics) without the free text typed about the person.
import type { DossierPart, ReportLine } from "@/lib/domain/shared/dossier-part";
import { label } from "@/lib/domain/shared/report-lines";
import { formatDateTime } from "@/lib/format";
import { RDV_KIND_LABELS, RDV_STATUS_LABELS } from "./labels";
import { rendezVousTimelineEvents } from "./timeline-source";

export const agendaDossierPart: DossierPart = {
  timeline: { kind: "rendezvous", label: "Rendez-vous", events: rendezVousTimelineEvents },
  anonymise: [
    {
      label: "Rendez-vous",
      effect: "objet et précision du lieu effacés, dates, types et suites conservés pour les statistiques",
      count: (tx, { usagerId, structureId }) => tx.rendezVous.count({ where: { usagerId, structureId } }),
      run: async (tx, { usagerId, structureId }) => {
        const { count } = await tx.rendezVous.updateMany({ where: { usagerId, structureId }, data: { objet: null, lieuPrecision: null } });
        return count;
      },
    },
  ],
  personExport: async (tx, { usagerId }, name) => {
    const rendezVous = await tx.rendezVous.findMany({ where: { usagerId }, include: { site: { select: { name: true } } }, orderBy: { debut: "asc" } });
    return [
      { titre: "Rendez-vous", lignes: rendezVous.map((r): ReportLine => [`${formatDateTime(r.debut)} (${label(RDV_KIND_LABELS, r.kind).toLowerCase()})`, [
        label(RDV_STATUS_LABELS, r.status), `avec ${name(r.travailleurId)}`, ...(r.site ? [r.site.name] : []), ...(r.lieuPrecision ? [r.lieuPrecision] : []),
        ...(r.objet ? [`objet : ${r.objet}`] : []), r.rappelConsenti ? `rappel accepté${r.rappelEnvoyeAt ? `, envoyé le ${formatDateTime(r.rappelEnvoyeAt)}` : ""}` : "sans rappel",
      ].join(" · ")]) },
    ];
  },
};
