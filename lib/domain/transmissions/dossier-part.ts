// Transmissions in the person's dossier (lib/domain/dossier/parts.ts): history lines, the
// right-of-access export (the person may read what colleagues wrote about them), and
// anonymisation (the text goes, the dates and the authors stay).
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { ANONYMISED_TEXT } from "@/lib/domain/shared/anonymised";
import { subSections } from "@/lib/domain/shared/report-lines";
import { formatDateTime } from "@/lib/format";
import { transmissionTimelineEvents } from "./timeline-source";

export const transmissionsDossierPart: DossierPart = {
  timeline: { kind: "transmission", label: "Transmissions", events: transmissionTimelineEvents },
  anonymise: [
    {
      label: "Transmissions entre collègues",
      effect: "textes supprimés, dates et auteurs conservés",
      count: (tx, { usagerId }) => tx.transmission.count({ where: { usagerId } }),
      run: (tx, { usagerId }) => tx.transmission.updateMany({ where: { usagerId }, data: { texte: ANONYMISED_TEXT } }),
    },
  ],
  auditedIds: async (tx, usagerId) => (await tx.transmission.findMany({ where: { usagerId }, select: { id: true } })).map((r) => r.id),
  personExport: async (tx, { usagerId }, name) => {
    const rows = await tx.transmission.findMany({ where: { usagerId }, orderBy: { createdAt: "asc" }, include: { mentions: true } });
    return [
      { titre: "Transmissions entre professionnels", lignes: [], sousSections: subSections(rows, (t) => `${t.parentId ? "Réponse" : "Message"} du ${formatDateTime(t.createdAt)}`, (t) => [
        ["Par", name(t.authorId)], ["Message", t.texte],
        ["Collègues mentionnés", t.mentions.map((m) => name(m.userId)).join(", ") || null],
        ["Corrigé le", t.editedAt ? formatDateTime(t.editedAt) : null],
      ]) },
    ];
  },
};
