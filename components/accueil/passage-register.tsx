import { MOTIF_LABELS, REPONSE_LABELS, type Motif, type Reponse } from "@/lib/domain/accueil/labels";
import type { PassageRow } from "@/lib/domain/accueil/passage-queries";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

/** The passages of the day at one desk, newest first. */
/** `withDate`: a list over several days (the dashboard's), the date before the hour. */
export function PassageRegister({ rows, withDate = false }: { rows: PassageRow[]; withDate?: boolean }) {
  if (rows.length === 0) return <p>{withDate ? "Aucun passage." : "Aucun passage enregistré aujourd'hui."}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">{withDate ? "Passages" : "Passages du jour"}</caption>
        <thead><tr><th scope="col">{withDate ? "Date et heure" : "Heure"}</th><th scope="col">Personne</th><th scope="col">Motifs</th><th scope="col">Réponse</th><th scope="col">Enregistré par</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{withDate ? formatDateTime(r.survenuLe) : dateToParisLocal(r.survenuLe).slice(11)}</td>
              <td>{r.personne}{r.anonyme ? <> <Badge>sans dossier</Badge></> : null}</td>
              <td>{r.motifs.map((m) => MOTIF_LABELS[m as Motif]).join(", ")}</td>
              <td>{REPONSE_LABELS[r.reponse as Reponse]}{r.partenaire ? ` : ${r.partenaire}` : ""}</td>
              <td>{r.enregistrePar}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
