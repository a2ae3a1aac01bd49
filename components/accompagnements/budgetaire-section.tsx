import type { AccompagnementDetail } from "@/lib/domain/accompagnements/queries";
import { SURENDETTEMENT_LABELS } from "@/lib/domain/accompagnements/labels";
import type { ResteAVivreApresPlan } from "@/lib/domain/accompagnements/budget";
import type { ResteAVivre } from "@/lib/domain/usagers/reste-a-vivre";
import { formatEuros } from "@/lib/format";

const perUc = (x: { mensuelCents: number; jourCents: number } | null) =>
  x ? <>{formatEuros(x.mensuelCents)} par mois, soit {formatEuros(x.jourCents)} par jour</> : "—";

/** Budget of the household, debts, and the reste à vivre before and after the repayment plan. */
export function BudgetaireSection({ acc, avant, apres }: { acc: AccompagnementDetail; avant: ResteAVivre; apres: ResteAVivreApresPlan }) {
  return (
    <>
      <dl className="facts">
        <dt>Dossier de surendettement (Banque de France)</dt><dd>{acc.surendettement ? SURENDETTEMENT_LABELS[acc.surendettement] : "Non renseigné"}</dd>
        <dt>Total des dettes</dt><dd>{formatEuros(apres.totalDettesCents)}</dd>
        <dt>Mensualités de remboursement</dt><dd>{formatEuros(apres.mensualitesCents)} par mois</dd>
      </dl>
      <h3>Dettes</h3>
      {acc.dettes.length === 0 ? <p>Aucune dette enregistrée.</p> : (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">Dettes du foyer</caption>
            <thead><tr><th scope="col">Créancier</th><th scope="col" className="num">Restant dû</th><th scope="col" className="num">Mensualité</th></tr></thead>
            <tbody>
              {acc.dettes.map((d) => (
                <tr key={d.id}><td>{d.creancier}</td><td className="num">{formatEuros(d.montantCents)}</td><td className="num">{formatEuros(d.mensualiteCents)}</td></tr>
              ))}
            </tbody>
            <tfoot>
              <tr><th scope="row">Total</th><td className="num"><strong>{formatEuros(apres.totalDettesCents)}</strong></td><td className="num"><strong>{formatEuros(apres.mensualitesCents)}</strong></td></tr>
            </tfoot>
          </table>
        </div>
      )}
      <h3>Reste à vivre</h3>
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">Reste à vivre avant et après le plan de remboursement</caption>
          <thead><tr><th scope="col"></th><th scope="col">Avant le plan</th><th scope="col">Après le plan</th></tr></thead>
          <tbody>
            <tr><th scope="row">Disponible du foyer</th><td>{formatEuros(avant.disponibleCents)} par mois</td><td><strong>{formatEuros(apres.disponibleCents)}</strong> par mois</td></tr>
            <tr><th scope="row">Par part ({avant.parts.toLocaleString("fr-FR")})</th><td>{perUc(avant.parPart)}</td><td>{perUc(apres.parPart)}</td></tr>
            <tr><th scope="row">Par unité de consommation ({avant.uc.toLocaleString("fr-FR")} UC)</th><td>{perUc(avant.parUc)}</td><td>{perUc(apres.parUc)}</td></tr>
          </tbody>
        </table>
      </div>
      <p className="hint">
        Avant le plan : ressources moins charges retenues du dossier. Après le plan : le même disponible moins les mensualités des dettes ci-dessus.
        Si un remboursement figure déjà dans les charges du dossier, il est compté deux fois : retirez-le de l&apos;une des deux listes.
      </p>
      <dl className="facts">
        <dt>Reste à vivre après plan retenu</dt>
        <dd>{acc.resteAVivreApresPlanCents == null ? "Pas encore enregistré" : <><strong>{formatEuros(acc.resteAVivreApresPlanCents)}</strong> par mois pour le foyer</>}</dd>
      </dl>
    </>
  );
}
