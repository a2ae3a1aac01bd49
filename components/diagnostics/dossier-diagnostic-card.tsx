import Link from "next/link";
import type { DiagnosticRow } from "@/lib/domain/diagnostics/queries";
import { formatCalendarDate } from "@/lib/format";
import { DiagnosticView } from "./diagnostic-view";

export function DossierDiagnosticCard({ usagerId, diagnostics, canWrite }: { usagerId: string; diagnostics: DiagnosticRow[]; canWrite: boolean }) {
  const [latest, ...previous] = diagnostics;
  return (
    <section className="card" aria-labelledby="diagnostic">
      <div className="page-header">
        <h2 id="diagnostic">Diagnostic social{latest ? ` n° ${latest.numero} du ${formatCalendarDate(latest.date)}` : ""}</h2>
        {canWrite ? <Link className="btn btn--small" href={`/usagers/${usagerId}/diagnostics/nouveau`}>{latest ? "Actualiser le diagnostic" : "Faire le diagnostic"}</Link> : null}
      </div>
      {latest ? (
        <>
          {latest.author ? <p className="muted">Réalisé par {latest.author}</p> : null}
          <DiagnosticView diagnostic={latest} />
          {previous.length > 0 ? (
            <>
              <h3>Versions précédentes</h3>
              <ul>
                {previous.map((d) => (
                  <li key={d.id}>
                    <Link href={`/usagers/${usagerId}/diagnostics/${d.id}`}>Diagnostic n° {d.numero} du {formatCalendarDate(d.date)}</Link>
                    {d.author ? ` · ${d.author}` : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : <p>Aucun diagnostic réalisé.</p>}
    </section>
  );
}
