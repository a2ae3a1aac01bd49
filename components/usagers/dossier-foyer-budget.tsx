import type { Dossier } from "@/lib/domain/usagers/dossier";
import { LIEN_FOYER_LABELS } from "@/lib/domain/usagers/labels";
import { CHARGE_TYPES, RESSOURCE_TYPES } from "@/lib/domain/usagers/budget-types";
import { ageOn } from "@/lib/domain/usagers/reste-a-vivre";
import { formatCalendarDate, formatEuros } from "@/lib/format";

export function FoyerCard({ dossier: d }: { dossier: Dossier }) {
  return (
    <section className="card" aria-labelledby="foyer">
      <h2 id="foyer">Foyer ({d.foyer.length + 1} personne{d.foyer.length ? "s" : ""})</h2>
      {d.foyer.length === 0 ? <p>La personne vit seule, ou le foyer n&apos;est pas renseigné.</p> : (
        <div className="table-wrap">
          <table className="table">
            <thead><tr><th scope="col">Nom</th><th scope="col">Lien</th><th scope="col">Date de naissance</th><th scope="col" className="num">Âge</th></tr></thead>
            <tbody>
              {d.foyer.map((m) => (
                <tr key={m.id}>
                  <td>{m.nom.toUpperCase()} {m.prenom}</td>
                  <td>{LIEN_FOYER_LABELS[m.lien]}</td>
                  <td>{formatCalendarDate(m.dateNaissance)}</td>
                  <td className="num">{ageOn(m.dateNaissance, new Date())} ans</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const TYPE_LABELS: Record<string, string> = { ...RESSOURCE_TYPES, ...CHARGE_TYPES };

export function BudgetCard({ dossier: d }: { dossier: Dossier }) {
  const who = (membreId: string | null) => {
    const m = d.foyer.find((x) => x.id === membreId);
    return m ? `${m.prenom} ${m.nom}` : `${d.prenom} ${d.nom}`;
  };
  const section = (kind: "RESSOURCE" | "CHARGE", title: string) => {
    const lines = d.budget.filter((l) => l.kind === kind);
    const total = lines.reduce((s, l) => s + l.montantCents, 0);
    return (
      <table className="table">
        <caption className="sr-only">{title}</caption>
        <thead><tr><th scope="col">{title}</th><th scope="col">Personne</th><th scope="col" className="num">Par mois</th></tr></thead>
        <tbody>
          {lines.length === 0 ? <tr><td colSpan={3} className="muted">Aucune ligne</td></tr> : lines.map((l) => (
            <tr key={l.id}><td>{TYPE_LABELS[l.type] ?? l.type}</td><td>{who(l.membreId)}</td><td className="num">{formatEuros(l.montantCents)}</td></tr>
          ))}
        </tbody>
        <tfoot><tr><th scope="row" colSpan={2}>Total</th><td className="num"><strong>{formatEuros(total)}</strong></td></tr></tfoot>
      </table>
    );
  };
  return (
    <section className="card" aria-labelledby="budget">
      <h2 id="budget">Ressources et charges mensuelles</h2>
      <div className="table-wrap">{section("RESSOURCE", "Ressources")}</div>
      <div className="table-wrap" style={{ marginTop: "1rem" }}>{section("CHARGE", "Charges")}</div>
    </section>
  );
}
