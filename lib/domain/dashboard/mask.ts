// Small-count masking for the anonymised export (Analyse des besoins sociaux): a count under 5
// could point at a person in a small quartier or age band, so it is shown as "< 5" (zero
// included: "nobody" and "one person" must look the same).
export const SMALL_COUNT = 5;
export const MASKED = "< 5";

export const maskSmallCount = (n: number): number | string => (n < SMALL_COUNT ? MASKED : n);
