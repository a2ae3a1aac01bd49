import type { AccompagnementDetail } from "@/lib/domain/accompagnements/queries";
import { STADE_EXPULSION_LABELS } from "@/lib/domain/accompagnements/labels";
import { formatCalendarDate, formatEuros } from "@/lib/format";

/** Rent arrears, the eviction procedure stage by stage, social housing request, FSL and ASLL. */
export function LogementSection({ acc }: { acc: AccompagnementDetail }) {
  return (
    <>
      <dl className="facts">
        <dt>Impayés de loyer</dt>
        <dd>{acc.impayesCents == null ? "Non renseignés" : formatEuros(acc.impayesCents)}{acc.impayesMois != null ? ` (${acc.impayesMois} mois)` : ""}</dd>
        <dt>Numéro unique de demande de logement social</dt><dd>{acc.numeroUnique ?? "—"}</dd>
        <dt>Dossier FSL</dt><dd>{acc.fslDossier ?? "—"}</dd>
        <dt>ASLL (accompagnement social lié au logement)</dt><dd>{acc.asll == null ? "Non renseigné" : acc.asll ? "Oui" : "Non"}</dd>
      </dl>
      <h3>Procédure d&apos;expulsion</h3>
      {acc.etapesExpulsion.length === 0 ? <p>Aucune étape de procédure enregistrée.</p> : (
        <ol>
          {acc.etapesExpulsion.map((e) => (
            <li key={e.id}><strong>{STADE_EXPULSION_LABELS[e.stade]}</strong> — le {formatCalendarDate(e.date)}</li>
          ))}
        </ol>
      )}
    </>
  );
}
