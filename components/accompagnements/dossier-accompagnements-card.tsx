// The dossier's accompagnements, for the dossier page: type, référent, dates, status, progress.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { listAccompagnementsForUsager } from "@/lib/domain/accompagnements/queries";
import { ACCOMPAGNEMENT_STATUS_LABELS, ACCOMPAGNEMENT_STATUS_TONES, ACCOMPAGNEMENT_TYPE_SHORT } from "@/lib/domain/accompagnements/labels";
import { formatCalendarDate, formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { PlanProgressBar } from "./plan-progress";

/** `readOnly` (an archived dossier) hides the button that opens a new accompagnement. */
export async function DossierAccompagnementsCard({ actor, usagerId, readOnly = false }: { actor: Actor; usagerId: string; readOnly?: boolean }) {
  const rows = await listAccompagnementsForUsager(actor, usagerId);
  return (
    <section className="card" aria-labelledby="accompagnements">
      <h2 id="accompagnements">Accompagnements</h2>
      {rows.length === 0 ? <p>Aucun accompagnement.</p> : (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">Accompagnements du dossier, en cours d&apos;abord</caption>
            <thead>
              <tr><th scope="col">Type</th><th scope="col">Référent·e</th><th scope="col">Début</th><th scope="col">Fin</th><th scope="col">Statut</th><th scope="col">Plan</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td><Link href={`/usagers/${usagerId}/accompagnements/${r.id}`}>{ACCOMPAGNEMENT_TYPE_SHORT[r.type]}</Link></td>
                  <td>{r.referent ? `${r.referent.firstName} ${r.referent.lastName}` : "—"}</td>
                  <td>{formatCalendarDate(r.debut)}</td>
                  <td>{r.status === "CLOS" ? `Clos le ${formatDate(r.closAt)}` : r.finPrevue ? `Prévue le ${formatCalendarDate(r.finPrevue)}` : "—"}</td>
                  <td><Badge tone={ACCOMPAGNEMENT_STATUS_TONES[r.status]}>{ACCOMPAGNEMENT_STATUS_LABELS[r.status]}</Badge></td>
                  <td><PlanProgressBar progress={r.progress} compact /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {readOnly ? null : (
        <div className="actions">
          <Link className="btn btn--secondary" href={`/usagers/${usagerId}/accompagnements/nouveau`}>Ouvrir un accompagnement</Link>
        </div>
      )}
    </section>
  );
}
