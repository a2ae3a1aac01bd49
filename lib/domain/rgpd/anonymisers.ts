// Retention (CNIL): when a dossier is anonymised, each feature removes identity and free text
// from its own rows about the person, inside the one transaction that anonymises the dossier,
// while the rows themselves (counts for statistics) survive. Each feature adds its step here.
import type { DbTx } from "@/lib/db";
import { anonymiseDocuments } from "@/lib/domain/documents/anonymise";
import { anonymiseDomiciliations } from "@/lib/domain/domiciliation/anonymise";
import { anonymiseRendezVous } from "@/lib/domain/agenda/anonymise";

export type AnonymiseStep = {
  /** French, shown in the preview ("Pièces jointes : supprimées"). */
  label: string;
  run: (tx: DbTx, target: { usagerId: string; structureId: string }) => Promise<unknown>;
};

export const ANONYMISE_STEPS: AnonymiseStep[] = [
  // Not kept for statistics: a proof about the person is personal data in full.
  { label: "Pièces jointes : supprimées (fichiers et fiches)", run: anonymiseDocuments },
  { label: "Domiciliations : précisions et motifs rédigés effacés (dates et motifs codés conservés pour le rapport annuel)", run: anonymiseDomiciliations },
  { label: "Rendez-vous : objet et précision du lieu effacés (dates, types et suites conservés pour les statistiques)", run: anonymiseRendezVous },
];
