// A figure as a plain table: the dashboard's own tables and each feature's dashboard section
// (lib/domain/<feature>/dashboard.ts) give the same rows to the page (table under each chart, each
// number a link to the list of the records it counts), the CSV and the XLSX.

/** int: a count; euros: cents; duree: milliseconds; jours: days (may be fractional); texte. */
export type ColumnKind = "texte" | "int" | "euros" | "duree" | "jours";
export type Cell = { v: string | number | null; href?: string };
export type DashboardTable = {
  /** One of TABLE_KEYS for the dashboard's own tables (exportable); a feature's section may use its own. */
  key: string;
  title: string;
  columns: { header: string; kind: ColumnKind }[];
  rows: Cell[][];
};

/**
 * What the page's links need: the period as Paris days, the site, and whose figures these are
 * (a travailleur social's own: the lists are narrowed to them the way the figure was). Every
 * link goes to a list whose filters have the figure's definition, so its total is the number
 * (tests/integration/dashboard-links.test.ts follows each one).
 */
export type ListLinks = { du: string; au: string; site: string; workerId: string | null };
