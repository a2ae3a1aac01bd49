// How close a page gets to its own SQL (issue 24): the page's throughput at c=20 over its floor's,
// and its p95 at c=1 over its floor's. Pure: the figures come from http.mjs and floor-load.mjs.

/** page ÷ floor throughput at c=20: 1 would mean the app adds nothing to what PostgreSQL does. */
export function throughputRatio(page, floor) {
  const a = page?.c20?.rps;
  const b = floor?.c20?.rps;
  return a > 0 && b > 0 ? a / b : null;
}

/** page p95 ÷ floor p95 at c=1: how many times its SQL's own time a lone request takes. */
export function p95Ratio(page, floor) {
  const a = page?.c1?.p95;
  const b = floor?.c1?.p95;
  return a > 0 && b > 0 ? a / b : null;
}

export const formatRatio = (r) => (r === null || r === undefined ? "–" : `${r < 10 ? r.toFixed(2) : r.toFixed(1)}×`);

/** Issue 24's targets, judged on the same run: ≥ 0.5× the floor's throughput, ≤ 2× its p95. */
export const LIMIT_PAGES = ["dossier", "recherche", "tableau", "fiches"];
export const MIN_THROUGHPUT_RATIO = 0.5;
export const MAX_P95_RATIO = 2;

/** One row per page of LIMIT_PAGES: { key, label, throughput, p95, throughputOk, p95Ok } (null: not measured). */
export function evaluateLimitTargets(pages) {
  return LIMIT_PAGES.map((key) => {
    const page = pages.find((p) => p.key === key);
    if (!page || page.status !== "measured" || !page.limit) return { key, label: page?.label ?? key, throughput: null, p95: null, throughputOk: false, p95Ok: false };
    const throughput = throughputRatio(page, page.limit);
    const p95 = p95Ratio(page, page.limit);
    return {
      key, label: page.label, throughput, p95,
      throughputOk: throughput !== null && throughput >= MIN_THROUGHPUT_RATIO,
      p95Ok: p95 !== null && p95 <= MAX_P95_RATIO,
    };
  });
}
