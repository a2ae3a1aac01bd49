// Pièces jointes in the person's dossier (lib/domain/dossier/parts.ts): history lines,
// anonymisation, export (the list; the files themselves are handed over from the dossier on
// request, so that the export stays one document).
//
// Anonymising a dossier deletes its pièces jointes, rows and files: a proof about the person is
// personal data in full, nothing is kept for statistics. The rows go in the anonymisation
// transaction; the files are deleted right away, because erasure must win: should the
// transaction fail afterwards, rows pointing to missing files answer "fichier indisponible" and
// the next anonymisation run removes them.
import type { DossierPart, ReportLine } from "@/lib/domain/shared/dossier-part";
import { day, label } from "@/lib/domain/shared/report-lines";
import { documentStorage } from "@/lib/storage";
import { ACCEPTED_FORMATS, DOCUMENT_TYPE_LABELS, formatBytes } from "./labels";
import { documentTimelineEvents } from "./timeline-source";

export const documentsDossierPart: DossierPart = {
  timeline: { kind: "document", label: "Pièces jointes", events: (actor, usagerId, names) => documentTimelineEvents(actor, usagerId, names) },
  anonymise: [
    {
      label: "Pièces jointes",
      effect: "supprimées (fichiers et fiches)",
      count: (tx, { usagerId, structureId }) => tx.document.count({ where: { usagerId, structureId } }),
      run: async (tx, { usagerId, structureId }) => {
        const docs = await tx.document.findMany({ where: { usagerId, structureId }, select: { storageKey: true } });
        if (docs.length === 0) return { deleted: 0 };
        await tx.document.deleteMany({ where: { usagerId, structureId } });
        const storage = documentStorage();
        for (const doc of docs) await storage.delete(doc.storageKey);
        return { deleted: docs.length };
      },
    },
  ],
  personExport: async (tx, { usagerId }) => {
    const documents = await tx.document.findMany({
      where: { usagerId }, orderBy: { createdAt: "asc" },
      select: { name: true, type: true, mime: true, size: true, createdAt: true, deletedAt: true, confidential: true },
    });
    return [
      { titre: "Pièces jointes", lignes: documents.map((x): ReportLine => [x.name, [
        label(DOCUMENT_TYPE_LABELS, x.type), ACCEPTED_FORMATS[x.mime]?.label ?? x.mime, formatBytes(x.size), `ajoutée le ${day(x.createdAt)}`,
        ...(x.confidential ? ["confidentielle"] : []), ...(x.deletedAt ? [`supprimée le ${day(x.deletedAt)}, effacée 30 jours après`] : []),
      ].join(" · ")]) },
    ];
  },
};
