import Link from "next/link";
import type { ReactNode } from "react";

export type WorklistRow = { id: string; usager: { id: string; nom: string; prenom: string; numeroDossier: string }; cells: ReactNode[] };

/** One worklist of /domiciliations: the person (link to the dossier's domiciliation) and dates. */
export function WorklistTable({ caption, headers, rows, empty }: { caption: string; headers: string[]; rows: WorklistRow[]; empty: string }) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead><tr><th scope="col">Personne</th>{headers.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td><Link href={`/usagers/${r.usager.id}/domiciliation`}>{r.usager.nom.toUpperCase()} {r.usager.prenom}</Link><div className="muted">Dossier n° {r.usager.numeroDossier}</div></td>
              {r.cells.map((c, i) => <td key={i}>{c}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
