// French formats used everywhere on screen: dates dd/mm/yyyy in Europe/Paris, euros.
const TZ = "Europe/Paris";
const dateFmt = new Intl.DateTimeFormat("fr-FR", { timeZone: TZ, day: "2-digit", month: "2-digit", year: "numeric" });
const dateTimeFmt = new Intl.DateTimeFormat("fr-FR", { timeZone: TZ, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });
const euroFmt = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

export const formatDate = (d: Date | null | undefined) => (d ? dateFmt.format(d) : "—");
export const formatDateTime = (d: Date | null | undefined) => (d ? dateTimeFmt.format(d).replace(" ", " à ") : "—");
/** Amounts are stored in cents. */
export const formatEuros = (cents: number | null | undefined) => (cents == null ? "—" : euroFmt.format(cents / 100));

/** A calendar date (date of birth…) stored as a UTC midnight: format it without a time zone shift. */
export function formatCalendarDate(d: Date | null | undefined): string {
  if (!d) return "—";
  const iso = d.toISOString().slice(0, 10);
  const [y, m, day] = iso.split("-");
  return `${day}/${m}/${y}`;
}
