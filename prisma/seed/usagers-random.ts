// A small seeded PRNG (mulberry32): the demo data must be identical on every run and every
// machine, so Math.random is never used by the usagers seed.
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [min, max], both included. */
export const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
export const chance = (rng: Rng, p: number) => rng() < p;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error("pick: empty list");
  return items[Math.floor(rng() * items.length)]!;
}

/** Fisher–Yates, in place. */
export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Picks a key by weight, e.g. weighted(rng, { A: 3, B: 1 }) gives A three times in four. */
export function weighted<K extends string>(rng: Rng, weights: Partial<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/** Amount in cents between two amounts in euros, with cents (allowances are never round). */
export const euros = (rng: Rng, min: number, max: number) => int(rng, min * 100, max * 100);

export const DAY_MS = 86_400_000;

/** A date of birth (or any calendar date) at UTC midnight, as @db.Date columns store it. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function randomDateOfYear(rng: Rng, year: number): Date {
  const month = int(rng, 1, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return utcDate(year, month, int(rng, 1, days));
}

export const atMidnight = (d: Date) => new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);

/** A time between two instants, rounded to the minute and placed in office hours (8:30–17:30 UTC+1). */
export function instantBetween(rng: Rng, from: Date, to: Date): Date {
  const day = atMidnight(new Date(from.getTime() + rng() * Math.max(0, to.getTime() - from.getTime())));
  const minutes = int(rng, 7 * 60 + 30, 16 * 60 + 30);
  const at = new Date(day.getTime() + minutes * 60_000);
  return at.getTime() > to.getTime() ? to : at.getTime() < from.getTime() ? from : at;
}
