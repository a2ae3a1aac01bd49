import type { DiagnosticRow } from "@/lib/domain/diagnostics/queries";
import { PRIORITE_LABELS, PROPOSITION_LABELS } from "@/lib/domain/diagnostics/schemas";
import { DOMAINE_LABELS } from "@/lib/domain/entretiens/labels";
import { DROIT_OUVERT_LABELS } from "@/lib/domain/usagers/labels";
import { Badge } from "@/components/ui/badge";

const TONE = { HAUTE: "danger", MOYENNE: "warning", FAIBLE: "info", AUCUNE: undefined } as const;

/** One version of a diagnostic: domains by priority, rights not opened, conclusion. */
export function DiagnosticView({ diagnostic: d }: { diagnostic: DiagnosticRow }) {
  const order = ["HAUTE", "MOYENNE", "FAIBLE", "AUCUNE"];
  const domaines = [...d.domaines].sort((a, b) => order.indexOf(a.priorite) - order.indexOf(b.priorite));
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">Évaluation par domaine</caption>
          <thead><tr><th scope="col">Domaine</th><th scope="col">Priorité</th><th scope="col">Situation</th><th scope="col">Besoins</th></tr></thead>
          <tbody>
            {domaines.map((x) => (
              <tr key={x.id}>
                <th scope="row">{DOMAINE_LABELS[x.domaine]}</th>
                <td><Badge tone={TONE[x.priorite]}>{PRIORITE_LABELS[x.priorite]}</Badge></td>
                <td className="pre">{x.situation || "—"}</td>
                <td className="pre">{x.besoins || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="facts" style={{ marginTop: "1rem" }}>
        <dt>Droits probablement non ouverts</dt>
        <dd>{d.droitsNonOuverts.length ? d.droitsNonOuverts.map((x) => DROIT_OUVERT_LABELS[x]).join(", ") : "Aucun"}</dd>
        <dt>Propositions</dt>
        <dd>{d.propositions.length ? d.propositions.map((x) => PROPOSITION_LABELS[x]).join(", ") : "Aucune"}</dd>
        <dt>Conclusion</dt>
        <dd className="pre">{d.conclusion}</dd>
      </dl>
    </>
  );
}
