// Ateliers collectifs in the person's dossier (lib/domain/dossier/parts.ts): history lines and
// export. Nothing to anonymise: an inscription holds no free text, only codes and dates.
import type { DossierPart, ReportLine } from "@/lib/domain/shared/dossier-part";
import { label } from "@/lib/domain/shared/report-lines";
import { formatDateTime } from "@/lib/format";
import { ATELIER_STATUS_LABELS, ATELIER_THEME_LABELS, INSCRIPTION_STATUS_LABELS, PRESENCE_LABELS } from "./labels";
import { atelierTimelineEvents } from "./timeline-source";

export const ateliersDossierPart: DossierPart = {
  timeline: { kind: "atelier", label: "Ateliers collectifs", events: atelierTimelineEvents },
  personExport: async (tx, { usagerId }) => {
    const inscriptions = await tx.atelierInscription.findMany({
      where: { usagerId }, include: { atelier: { select: { titre: true, theme: true, debut: true, status: true } } }, orderBy: { inscritLe: "asc" },
    });
    return [
      { titre: "Ateliers collectifs", lignes: inscriptions.map((i): ReportLine => [`${i.atelier.titre} (${label(ATELIER_THEME_LABELS, i.atelier.theme)}) le ${formatDateTime(i.atelier.debut)}`, [
        label(INSCRIPTION_STATUS_LABELS, i.status), `atelier ${label(ATELIER_STATUS_LABELS, i.atelier.status).toLowerCase()}`, ...(i.presence ? [label(PRESENCE_LABELS, i.presence)] : []),
      ].join(" · ")]) },
    ];
  },
};
