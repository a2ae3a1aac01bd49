// What a feature contributes to the pages and duties that gather everything about one person:
// the dossier's history, its anonymisation (retention) and the person's right-of-access export.
// Each feature writes one `DossierPart` (lib/domain/<feature>/dossier-part.ts) and adds it to
// the list of lib/domain/dossier/parts.ts; the composition there never knows a feature's tables.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/** One line of the history. `href` points to the detail when there is one. */
export type TimelineEvent = { id: string; at: Date; kind: string; title: string; detail: string | null; by: string | null; href?: string };

/** Names of the structure's accounts, by id (who did what). */
export type UserNames = (id: string | null | undefined) => string | null;

export type ReportLine = [string, string];
export type ReportSection = { titre: string; lignes: ReportLine[]; sousSections?: { titre: string; lignes: ReportLine[] }[] };
/** The right-of-access document (lib/domain/dossier/person-export.ts), as JSON or PDF. */
export type PersonReport = { titre: string; structure: string; genereLe: string; avertissement: string; sections: ReportSection[] };

/** The dossier a duty works on. The composition has checked the actor's right to it. */
export type DossierTarget = { usagerId: string; structureId: string };

/** One line of the anonymisation preview and the update it announces, from the same object. */
export type AnonymiseStep = {
  /** French, for the preview: the part of the dossier ("Entretiens"). */
  label: string;
  /** What is removed and what is kept; the identity line names the birth year that stays. */
  effect: string | ((dossier: { dateNaissance: Date | null }) => string);
  /** How many rows the preview announces (null: nothing to count). */
  count: ((tx: DbTx, target: DossierTarget) => Promise<number>) | null;
  /** Inside the one transaction that anonymises the dossier; `now` is the run's date (default: now). */
  run: (tx: DbTx, target: DossierTarget, now?: Date) => Promise<unknown>;
};

export type TimelinePart = {
  /** The history filter's key and its French label ("Entretiens"). */
  kind: string;
  label: string;
  /** Events of one dossier, newest first, read through the actor's scope. */
  events: (actor: Actor, usagerId: string, names: UserNames) => Promise<TimelineEvent[]>;
};

export type DossierPart = {
  timeline?: TimelinePart;
  /** In the order the preview lists them. */
  anonymise?: AnonymiseStep[];
  /**
   * Ids of the records about the person that audit rows name as their entity: anonymisation
   * scrubs those rows' details (the rows themselves stay: who opened what, when).
   */
  auditedIds?: (tx: DbTx, usagerId: string) => Promise<string[]>;
  /**
   * Sections of the right-of-access document (everything held, confidential notes included).
   * `names` always answers: an account that no longer exists reads "compte supprimé".
   */
  personExport?: (tx: DbTx, target: DossierTarget, names: (id: string | null) => string) => Promise<ReportSection[]>;
};
