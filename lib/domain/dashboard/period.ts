// The dashboard's period and site, read from the URL (shareable, back button works). A preset is
// turned into Paris calendar days [from, to) once here; malformed values fall back to "ce mois".
import { parisToday } from "@/lib/domain/shared/paris-time";
import { addDays, isIsoDay, parisMidnight } from "@/lib/domain/shared/day-range";
import { isUuid } from "@/lib/domain/shared/fields";
import type { PeriodFilter } from "@/lib/domain/shared/period";
import { firstValue } from "@/lib/domain/shared/list-params";

export const PERIOD_PRESETS = {
  mois: "Ce mois",
  "30j": "30 derniers jours",
  trimestre: "Ce trimestre",
  annee: "Cette année",
  perso: "Personnalisée",
} as const;
export type PeriodPreset = keyof typeof PERIOD_PRESETS;

export type DashboardParams = {
  periode: PeriodPreset;
  /** Paris calendar days, inclusive, as yyyy-mm-dd (what the custom form shows). */
  du: string;
  au: string;
  site: string;
  /** Set when a custom period was malformed and the default was used instead. */
  error: string | null;
};

/** First and last day (inclusive) of a preset, relative to today in Paris. */
export function presetDays(preset: Exclude<PeriodPreset, "perso">, today: string): { du: string; au: string } {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const first = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}-01`;
  const lastBefore = (year: number, month: number) => addDays(month > 12 ? first(year + 1, month - 12) : first(year, month), -1);
  switch (preset) {
    case "mois":
      return { du: first(y, m), au: lastBefore(y, m + 1) };
    case "30j":
      return { du: addDays(today, -29), au: today };
    case "trimestre": {
      const q = Math.floor((m - 1) / 3) * 3 + 1;
      return { du: first(y, q), au: lastBefore(y, q + 3) };
    }
    case "annee":
      return { du: `${y}-01-01`, au: `${y}-12-31` };
  }
}

export function parseDashboardParams(searchParams: Record<string, string | string[] | undefined>, now = new Date()): DashboardParams {
  const first = firstValue;
  const raw = first(searchParams.periode);
  const site = first(searchParams.site);
  const siteId = isUuid(site) ? site : "";
  const today = parisToday(now);
  if (raw === "perso") {
    const du = first(searchParams.du);
    const au = first(searchParams.au);
    if (isIsoDay(du) && isIsoDay(au) && du <= au) {
      return { periode: "perso", du, au, site: siteId, error: null };
    }
    return { periode: "mois", ...presetDays("mois", today), site: siteId, error: "Période personnalisée invalide : indiquez un début et une fin (jj/mm/aaaa), le début avant la fin. Le mois en cours est affiché." };
  }
  const periode: Exclude<PeriodPreset, "perso"> = raw in PERIOD_PRESETS ? (raw as Exclude<PeriodPreset, "perso">) : "mois";
  return { periode, ...presetDays(periode, today), site: siteId, error: null };
}

/** The filter every figure is computed for: Paris midnights, `to` exclusive. */
export function filterOf(params: Pick<DashboardParams, "du" | "au" | "site">): PeriodFilter {
  return { from: parisMidnight(params.du), to: parisMidnight(addDays(params.au, 1)), siteId: params.site || null };
}

/** The filter of a calendar year (the rapport d'activité). */
export function yearFilter(year: number, siteId: string | null = null): PeriodFilter {
  return { from: parisMidnight(`${year}-01-01`), to: parisMidnight(`${year + 1}-01-01`), siteId };
}

/** The URL query of the dashboard for these params (links keep the period and the site). */
export function dashboardQuery(params: Pick<DashboardParams, "periode" | "du" | "au" | "site">): string {
  const q = new URLSearchParams({ periode: params.periode });
  if (params.periode === "perso") {
    q.set("du", params.du);
    q.set("au", params.au);
  }
  if (params.site) q.set("site", params.site);
  return q.toString();
}
