// Drafts in the person's dossier (lib/domain/dossier/parts.ts): unfinished text about the person,
// so anonymising the dossier deletes them, and the right-of-access export lists them.
import type { DossierPart } from "@/lib/domain/shared/dossier-part";
import { formatDate } from "@/lib/format";
import { DRAFT_FORMS, type DraftForm } from "./schemas";

/** The texts of a draft, flattened ("domaines.0.situation" → text), empty ones left out. */
function texts(values: unknown, prefix = ""): [string, string][] {
  if (typeof values === "string") return values.trim() ? [[prefix, values]] : [];
  if (values && typeof values === "object") {
    return Object.entries(values as Record<string, unknown>).flatMap(([k, v]) => texts(v, prefix ? `${prefix}.${k}` : k));
  }
  return [];
}

export const draftsDossierPart: DossierPart = {
  anonymise: [
    {
      label: "Brouillons",
      effect: "supprimés",
      count: (tx, { usagerId }) => tx.draft.count({ where: { usagerId } }),
      run: (tx, { usagerId }) => tx.draft.deleteMany({ where: { usagerId } }),
    },
  ],
  personExport: async (tx, { usagerId }, names) => {
    const drafts = await tx.draft.findMany({ where: { usagerId }, orderBy: { updatedAt: "asc" } });
    if (drafts.length === 0) return [];
    return [{
      titre: "Brouillons en cours de saisie",
      lignes: [],
      sousSections: drafts.map((d) => ({
        titre: `${DRAFT_FORMS[d.form as DraftForm] ?? d.form}, par ${names(d.userId)}, modifié le ${formatDate(d.updatedAt)}`,
        lignes: texts(d.values).filter(([k]) => !/Id$/.test(k)),
      })),
    }];
  },
};
