// The dossier's aids, for the dossier page: type, amounts asked and granted, status.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { listAidesForUsager } from "@/lib/domain/aides/queries";
import { formatEuros } from "@/lib/format";
import { AidesTable } from "./aides-table";

/** `readOnly` (an archived dossier) hides the button that records a new request. */
export async function DossierAidesCard({ actor, usagerId, readOnly = false }: { actor: Actor; usagerId: string; readOnly?: boolean }) {
  const aides = await listAidesForUsager(actor, usagerId);
  const accordeCents = aides.reduce((s, a) => s + (a.status === "ACCORDEE" ? (a.montantAccordeCents ?? 0) : 0), 0);
  return (
    <section className="card" aria-labelledby="aides">
      <h2 id="aides">Aides facultatives</h2>
      {aides.length === 0 ? <p>Aucune demande d&apos;aide.</p> : (
        <>
          <p className="muted">{aides.length} demande{aides.length > 1 ? "s" : ""} · {formatEuros(accordeCents)} accordés au total</p>
          <AidesTable usagerId={usagerId} aides={aides} caption="Demandes d'aide du dossier, la plus récente d'abord" />
        </>
      )}
      {readOnly ? null : (
        <div className="actions">
          <Link className="btn btn--secondary" href={`/usagers/${usagerId}/aides/nouvelle`}>Nouvelle demande d&apos;aide</Link>
        </div>
      )}
    </section>
  );
}
