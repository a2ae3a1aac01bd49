import type { AccompagnementDetail } from "@/lib/domain/accompagnements/queries";
import { PLAN_ACTION_STATUS_LABELS } from "@/lib/domain/accompagnements/labels";
import { formatCalendarDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { PlanActionStatusSelect } from "./plan-action-status-select";
import { PlanProgressBar } from "./plan-progress";

const TONES = { A_FAIRE: undefined, EN_COURS: "info", FAITE: "success", ABANDONNEE: undefined } as const;

/** The plan d'accompagnement: progress, then each objective with its actions. */
export function PlanView({ acc, editable, today }: { acc: AccompagnementDetail; editable: boolean; today: Date }) {
  return (
    <>
      <PlanProgressBar progress={acc.progress} />
      {acc.objectifs.length === 0 ? <p>Aucun objectif n&apos;est encore fixé.</p> : acc.objectifs.map((o, i) => (
        <section key={o.id} aria-labelledby={`objectif-${o.id}`}>
          <h3 id={`objectif-${o.id}`}>Objectif {i + 1} : {o.libelle}</h3>
          {o.actions.length === 0 ? <p className="muted">Aucune action pour cet objectif.</p> : (
            <div className="table-wrap">
              <table className="table">
                <caption className="sr-only">Actions de l&apos;objectif {i + 1}</caption>
                <thead><tr><th scope="col">Action</th><th scope="col">Échéance</th><th scope="col">Qui</th><th scope="col">Statut</th></tr></thead>
                <tbody>
                  {o.actions.map((a) => {
                    const late = a.echeance && a.echeance < today && (a.status === "A_FAIRE" || a.status === "EN_COURS");
                    return (
                      <tr key={a.id}>
                        <td>{a.libelle}</td>
                        <td>{formatCalendarDate(a.echeance)}{late ? <> <Badge tone="danger">En retard</Badge></> : null}</td>
                        <td>{a.porteur}</td>
                        <td>
                          {editable
                            ? <PlanActionStatusSelect key={`${a.id}-${acc.version}`} accompagnementId={acc.id} version={acc.version} actionId={a.id} libelle={a.libelle} status={a.status} />
                            : <Badge tone={TONES[a.status]}>{PLAN_ACTION_STATUS_LABELS[a.status]}</Badge>}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </>
  );
}
