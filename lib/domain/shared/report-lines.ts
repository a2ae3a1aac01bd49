// Building blocks of the right-of-access sections (lib/domain/<feature>/dossier-part.ts): every
// code turned into its French label, every empty value into "—".
import { formatCalendarDate } from "@/lib/format";
import type { ReportLine } from "./dossier-part";

export const label = (labels: Record<string, string>, code: string | null | undefined) => (code ? (labels[code] ?? code) : "—");
export const day = (v: Date | null | undefined) => formatCalendarDate(v);
export const clean = (lines: [string, string | null | undefined][]): ReportLine[] => lines.map(([k, v]) => [k, v || "—"]);

/** One sub-section per record (an entretien, an aid…), titled, with its cleaned lines. */
export const subSections = <T,>(items: T[], titre: (x: T) => string, lignes: (x: T) => [string, string | null | undefined][]) =>
  items.map((x) => ({ titre: titre(x), lignes: clean(lignes(x)) }));
