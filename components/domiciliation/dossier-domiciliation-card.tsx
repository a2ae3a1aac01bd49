// The dossier's domiciliation, for the dossier page: the current one (status, validity, mail
// waiting) and a link to its page, where requests, decisions and letters are handled.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { displayStatus, listDomiciliationsForUsager } from "@/lib/domain/domiciliation/queries";
import { formatCalendarDate } from "@/lib/format";
import { DomiciliationStatusBadge } from "./status-badge";

export async function DossierDomiciliationCard({ actor, usagerId }: { actor: Actor; usagerId: string }) {
  const rows = await listDomiciliationsForUsager(actor, usagerId);
  const current = rows[0];
  const waiting = current ? current.courriers.filter((c) => c.status === "EN_ATTENTE").length : 0;
  return (
    <section className="card" aria-labelledby="domiciliation">
      <h2 id="domiciliation">Domiciliation</h2>
      {!current ? <p>Aucune demande de domiciliation.</p> : (
        <p>
          <DomiciliationStatusBadge status={displayStatus(current)} />{" "}
          {current.status === "DEMANDEE" ? `Demande du ${formatCalendarDate(current.demandeLe)}, décision à rendre avant le ${formatCalendarDate(current.decisionDueOn)}.` : null}
          {current.status === "ACCORDEE" ? `Du ${formatCalendarDate(current.debut)} au ${formatCalendarDate(current.finValidite)}. ${waiting} courrier${waiting > 1 ? "s" : ""} en attente.` : null}
          {current.status === "REFUSEE" ? `Décision du ${formatCalendarDate(current.decisionLe)}.` : null}
          {current.status === "TERMINEE" ? `Terminée le ${formatCalendarDate(current.finLe)}.` : null}
        </p>
      )}
      <div className="actions">
        <Link className="btn btn--secondary" href={`/usagers/${usagerId}/domiciliation`}>Gérer la domiciliation</Link>
      </div>
    </section>
  );
}
