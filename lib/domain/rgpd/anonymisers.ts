// Retention (CNIL): when a dossier is anonymised, each feature removes identity and free text
// from its own rows about the person, inside the one transaction that anonymises the dossier,
// while the rows themselves (counts for statistics) survive. Each feature adds its step here.
import type { DbTx } from "@/lib/db";
import { anonymiseDocuments } from "@/lib/domain/documents/anonymise";

export type AnonymiseStep = {
  /** French, shown in the preview ("Pièces jointes : supprimées"). */
  label: string;
  run: (tx: DbTx, target: { usagerId: string; structureId: string }) => Promise<unknown>;
};

export const ANONYMISE_STEPS: AnonymiseStep[] = [
  // Not kept for statistics: a proof about the person is personal data in full.
  { label: "Pièces jointes : supprimées (fichiers et fiches)", run: anonymiseDocuments },
];
