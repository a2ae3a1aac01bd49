import type { AccompagnementDetail } from "@/lib/domain/accompagnements/queries";
import { SIAO_STATUT_LABELS } from "@/lib/domain/accompagnements/labels";
import { formatCalendarDate } from "@/lib/format";

const siao = (v: string | null) => (v ? (SIAO_STATUT_LABELS[v as keyof typeof SIAO_STATUT_LABELS] ?? v) : null);

/** Where the person lives or sleeps, domiciliation, SIAO request, maraude contacts. */
export function ErranceSection({ acc }: { acc: AccompagnementDetail }) {
  return (
    <>
      <dl className="facts">
        <dt>Lieu de vie</dt><dd>{acc.lieuVie ?? "—"}</dd>
        <dt>Domiciliation</dt>
        <dd>
          {acc.domiciliationOrganisme ?? "Aucune"}
          {acc.domiciliationDebut ? ` · du ${formatCalendarDate(acc.domiciliationDebut)}` : ""}
          {acc.domiciliationFin ? ` au ${formatCalendarDate(acc.domiciliationFin)}` : ""}
        </dd>
        <dt>Demande SIAO</dt>
        <dd>{acc.siaoDemandeLe ? `Faite le ${formatCalendarDate(acc.siaoDemandeLe)}` : "Pas de demande"}{siao(acc.siaoStatut) ? ` · ${siao(acc.siaoStatut)}` : ""}</dd>
      </dl>
      <h3>Contacts avec la maraude</h3>
      {acc.contactsMaraude.length === 0 ? <p>Aucun contact enregistré.</p> : (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">Contacts avec la maraude, du plus récent au plus ancien</caption>
            <thead><tr><th scope="col">Date</th><th scope="col">Lieu</th><th scope="col">Observations</th></tr></thead>
            <tbody>
              {acc.contactsMaraude.map((c) => (
                <tr key={c.id}><td>{formatCalendarDate(c.date)}</td><td>{c.lieu}</td><td className="pre">{c.observations ?? ""}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
