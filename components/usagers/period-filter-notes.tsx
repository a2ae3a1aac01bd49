// The filters a dashboard link adds to the usagers list and that the form has no field for
// (created or active between two days, age on a given day): said in words above the table, each
// with a link that removes it, so nobody wonders why the list is shorter than expected.
import Link from "next/link";
import type { UsagerListParams } from "@/lib/domain/usagers/list-params";
import { hrefWithout } from "@/components/forms/filter-chips";

const day = (iso: string) => iso.split("-").reverse().join("/");

function between(du: string, au: string): string {
  if (du && au) return du === au ? `le ${day(du)}` : `du ${day(du)} au ${day(au)}`;
  return du ? `depuis le ${day(du)}` : `jusqu'au ${day(au)}`;
}

// From the page's own query (the search stays sealed in it: decision 0064).
const without = (current: URLSearchParams, keys: string[]) => hrefWithout("/usagers", current, keys);

export function PeriodFilterNotes({ params, current }: { params: UsagerListParams; current: URLSearchParams }) {
  const notes: { text: string; href: string }[] = [];
  if (params.creeDu || params.creeAu) notes.push({ text: `Dossiers créés ${between(params.creeDu, params.creeAu)}`, href: without(current, ["creeDu", "creeAu"]) });
  if (params.actifDu || params.actifAu) {
    notes.push({ text: `Dossiers ayant eu au moins un entretien ${between(params.actifDu, params.actifAu)}`, href: without(current, ["actifDu", "actifAu"]) });
  }
  if (params.tranche && params.ageAu) notes.push({ text: `Âge calculé au ${day(params.ageAu)}`, href: without(current, ["ageAu"]) });
  if (notes.length === 0) return null;
  return (
    <ul className="card" aria-label="Autres filtres appliqués" style={{ listStyle: "none" }}>
      {notes.map((n) => (
        <li key={n.text}>
          {n.text}. <Link href={n.href}>Retirer ce filtre</Link>
        </li>
      ))}
    </ul>
  );
}
