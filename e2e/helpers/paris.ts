/** A date's calendar day in Paris, as yyyy-mm-dd (what date inputs take). */
export const parisDay = (d: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
