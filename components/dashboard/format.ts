// Display of a dashboard cell by column kind (French formats).
import type { ColumnKind } from "@/lib/domain/shared/figure-table";
import { formatDuration } from "@/lib/domain/fiches/delays";
import { formatEuros } from "@/lib/format";

const intFmt = new Intl.NumberFormat("fr-FR");
const dayFmt = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

export function formatCell(v: string | number | null, kind: ColumnKind): string {
  if (v == null) return "—";
  if (typeof v === "string") return v;
  switch (kind) {
    case "euros": return formatEuros(v);
    case "duree": return formatDuration(v);
    case "jours": return `${dayFmt.format(v)} j`;
    default: return intFmt.format(v);
  }
}
