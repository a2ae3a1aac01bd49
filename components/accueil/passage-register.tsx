import { MOTIF_LABELS, REPONSE_LABELS, type Motif, type Reponse } from "@/lib/domain/accueil/labels";
import type { PassageRow } from "@/lib/domain/accueil/passage-queries";
import { dateToParisLocal } from "@/lib/domain/shared/paris-time";
import { Badge } from "@/components/ui/badge";

/** The passages of the day at one desk, newest first. */
export function PassageRegister({ rows }: { rows: PassageRow[] }) {
  if (rows.length === 0) return <p>Aucun passage enregistré aujourd&apos;hui.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">Passages du jour</caption>
        <thead><tr><th scope="col">Heure</th><th scope="col">Personne</th><th scope="col">Motifs</th><th scope="col">Réponse</th><th scope="col">Enregistré par</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{dateToParisLocal(r.survenuLe).slice(11)}</td>
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
