import type { DossierDomiciliation } from "@/lib/domain/domiciliation/queries";
import { LIEN_COMMUNE_LABELS, MOTIF_FIN_LABELS, MOTIF_REFUS_LABELS } from "@/lib/domain/domiciliation/labels";
import { formatCalendarDate } from "@/lib/format";

/** What was requested and decided, as a definition list. */
export function DomiciliationFacts({ d }: { d: DossierDomiciliation }) {
  return (
    <dl className="facts">
      <dt>Demande reçue le</dt><dd>{formatCalendarDate(d.demandeLe)} (accusé de réception le {formatCalendarDate(d.accuseReceptionLe)})</dd>
      <dt>Lien avec la commune</dt><dd>{d.liens.map((l) => LIEN_COMMUNE_LABELS[l]).join(" ; ")}{d.lienPrecision ? ` — ${d.lienPrecision}` : ""}</dd>
      <dt>Personnes couvertes</dt><dd>{1 + d.membresCouverts.length}</dd>
      {d.status === "DEMANDEE" ? <><dt>Décision à rendre avant le</dt><dd>{formatCalendarDate(d.decisionDueOn)}</dd></> : null}
      {d.decisionLe ? <><dt>Décision du</dt><dd>{formatCalendarDate(d.decisionLe)}{d.decideur ? `, par ${d.decideur}` : ""}</dd></> : null}
      {d.debut ? <><dt>Validité</dt><dd>du {formatCalendarDate(d.debut)} au {formatCalendarDate(d.finValidite)}{d.renouvellements ? ` (renouvelée ${d.renouvellements} fois)` : ""}</dd></> : null}
      {d.motifRefus ? <><dt>Motif du refus</dt><dd>{MOTIF_REFUS_LABELS[d.motifRefus]}{d.motifRefusTexte ? ` : ${d.motifRefusTexte}` : ""}</dd></> : null}
      {d.finLe ? <><dt>Fin le</dt><dd>{formatCalendarDate(d.finLe)}{d.motifFin ? ` — ${MOTIF_FIN_LABELS[d.motifFin]}` : ""}</dd></> : null}
    </dl>
  );
}
