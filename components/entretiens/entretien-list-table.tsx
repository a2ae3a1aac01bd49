// One page of the structure's entretiens, with the total above and a pager of plain links that
// keep the filters (each page is a URL, like the dashboard's links to it).
import Link from "next/link";
import { CANAL_LABELS, DOMAINE_LABELS } from "@/lib/domain/entretiens/labels";
import { entretienListQuery, type EntretienListParams } from "@/lib/domain/entretiens/list-params";
import type { EntretienListPage } from "@/lib/domain/entretiens/list";
import { formatDateTime } from "@/lib/format";
import { Pager, countLabel } from "@/components/ui/pager";

const href = (params: EntretienListParams, page: number) => `/entretiens?${entretienListQuery(params, { page })}`;

export function EntretienListTable({ list, params }: { list: EntretienListPage; params: EntretienListParams }) {
  const { rows, total, page, pageSize } = list;
  return (
    <section aria-labelledby="entretiens-total">
      <p id="entretiens-total" role="status"><strong>{countLabel(total, "entretien", "entretiens", "Aucun entretien")}</strong></p>
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">Entretiens de la structure, du plus récent au plus ancien</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Dossier</th>
              <th scope="col">Canal</th>
              <th scope="col" className="num">Durée</th>
              <th scope="col">Auteur</th>
              <th scope="col">Objets</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.date)}</td>
                <td>
                  <Link href={`/usagers/${e.usager.id}`}>{e.usager.nom.toLocaleUpperCase("fr-FR")} {e.usager.prenom}</Link>
                  <br /><span className="muted">n° {e.usager.numeroDossier}</span>
                </td>
                <td>{CANAL_LABELS[e.canal]}</td>
                <td className="num">{e.dureeMinutes} min</td>
                <td>{e.auteur ?? <span className="muted">Compte supprimé</span>}</td>
                <td>{e.objets.map((o) => DOMAINE_LABELS[o]).join(", ")}</td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={6}>
                  {total > 0 && page > 1 ? (
                    // An old link can point past the last page once rows are gone.
                    <>Cette page ne contient aucun résultat. <Link href={href(params, 1)}>Revenir à la première page</Link></>
                  ) : (
                    "Aucun entretien ne correspond à ces critères."
                  )}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <Pager hrefOf={(n) => href(params, n)} page={page} pageSize={pageSize} total={total} />
    </section>
  );
}
