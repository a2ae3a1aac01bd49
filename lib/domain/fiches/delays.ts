// Delays of a fiche, computed from its stored timestamps only (so they can be recomputed, and
// tested with a fixed clock): sent → received, sent → first contact, sent → appointment given,
// and sent → the appointment itself. Calendar time, not working hours.
export type FicheTimes = {
  sentAt: Date;
  recueAt: Date | null;
  premierContactAt: Date | null;
  rdvFixeAt: Date | null;
  rdvDate: Date | null;
};

export type FicheDelays = {
  reception: number | null;
  premierContact: number | null;
  rdvDonne: number | null;
  jusquAuRdv: number | null;
};

const since = (from: Date, to: Date | null) => (to ? Math.max(0, to.getTime() - from.getTime()) : null);

export function ficheDelays(f: FicheTimes): FicheDelays {
  return {
    reception: since(f.sentAt, f.recueAt),
    premierContact: since(f.sentAt, f.premierContactAt),
    rdvDonne: since(f.sentAt, f.rdvFixeAt),
    jusquAuRdv: f.rdvFixeAt ? since(f.sentAt, f.rdvDate) : null,
  };
}

/** Age of a fiche in the inbox. */
export const ficheAge = (sentAt: Date, now: Date) => Math.max(0, now.getTime() - sentAt.getTime());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** "moins d'une heure", "5 h", "2 j 3 h", "12 jours": precise while short, rounded when long. */
export function formatDuration(ms: number | null): string {
  if (ms == null) return "—";
  if (ms < HOUR) return "moins d'une heure";
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h`;
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  if (days < 7) return hours ? `${days} j ${hours} h` : `${days} j`;
  return `${days} jours`;
}
