// What the dashboard downloads read from their query (the frame is lib/security/download-route).

/** A year from the query, within what a CCAS may ask for; null otherwise. */
export function yearParam(search: URLSearchParams): number | null {
  const raw = search.get("annee") ?? "";
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return year >= 2000 && year <= 2100 ? year : null;
}
