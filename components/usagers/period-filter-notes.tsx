// The filters a dashboard link adds to the usagers list and that the form has no field for
// (created or active between two days, age on a given day): said in words above the table, each
// with a link that removes it, so nobody wonders why the list is shorter than expected.
import Link from "next/link";
import type { UsagerListParams } from "@/lib/domain/usagers/list-params";

const day = (iso: string) => iso.split("-").reverse().join("/");

function between(du: string, au: string): string {
  if (du && au) return du === au ? `le ${day(du)}` : `du ${day(du)} au ${day(au)}`;
  return du ? `depuis le ${day(du)}` : `jusqu'au ${day(au)}`;
}

function without(params: UsagerListParams, keys: (keyof UsagerListParams)[]): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (keys.includes(k as keyof UsagerListParams) || k === "page" || v === "" || v === undefined) continue;
    if ((k === "statut" && v === "ACTIF") || (k === "ordre" && v === "asc") || (k === "taille" && v === 25)) continue;
    q.set(k, String(v));
  }
  return q.size ? `/usagers?${q}` : "/usagers";
}

export function PeriodFilterNotes({ params }: { params: UsagerListParams }) {
  const notes: { text: string; href: string }[] = [];
  if (params.creeDu || params.creeAu) notes.push({ text: `Dossiers créés ${between(params.creeDu, params.creeAu)}`, href: without(params, ["creeDu", "creeAu"]) });
  if (params.actifDu || params.actifAu) {
    notes.push({ text: `Dossiers ayant eu au moins un entretien ${between(params.actifDu, params.actifAu)}`, href: without(params, ["actifDu", "actifAu"]) });
  }
  if (params.tranche && params.ageAu) notes.push({ text: `Âge calculé au ${day(params.ageAu)}`, href: without(params, ["ageAu"]) });
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
