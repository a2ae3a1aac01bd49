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

export type DossierPart = {
  timeline?: {
    /** The history filter's key and its French label ("Entretiens"). */
    kind: string;
    label: string;
    /** Events of one dossier, newest first, read through the actor's scope. */
    events: (actor: Actor, usagerId: string, names: UserNames) => Promise<TimelineEvent[]>;
  };
  anonymise?: {
    /** French, for the preview: what is removed and what is kept. */
    label: string;
    effect: string;
    /** How many rows the preview announces (null: nothing to count). */
    count: ((tx: DbTx, usagerId: string) => Promise<number>) | null;
    /** Inside the one transaction that anonymises the dossier. */
    run: (tx: DbTx, target: { usagerId: string; structureId: string }) => Promise<unknown>;
  };
  /** Sections of the right-of-access document (everything held, confidential notes included). */
  personExport?: (tx: DbTx, target: { usagerId: string; structureId: string }, names: UserNames) => Promise<ReportSection[]>;
};
