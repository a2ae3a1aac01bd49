import Link from "next/link";
import type { AideDetail } from "@/lib/domain/aides/queries";
import { AIDE_STATUS_LABELS, AIDE_STATUS_TONES, AIDE_TYPE_LABELS, MODE_PAIEMENT_LABELS } from "@/lib/domain/aides/labels";
import { ACCOMPAGNEMENT_TYPE_SHORT } from "@/lib/domain/accompagnements/labels";
import { formatCalendarDate, formatEuros } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

/** Everything recorded about an aid, from the request to the payment. */
export function AideFacts({ aide }: { aide: AideDetail }) {
  return (
    <dl className="facts">
      <dt>Statut</dt><dd><Badge tone={AIDE_STATUS_TONES[aide.status]}>{AIDE_STATUS_LABELS[aide.status]}</Badge></dd>
      <dt>Type</dt><dd>{AIDE_TYPE_LABELS[aide.type]}</dd>
      {aide.objet ? <><dt>Objet</dt><dd>{aide.objet}</dd></> : null}
      <dt>Montant demandé</dt><dd>{formatEuros(aide.montantDemandeCents)}</dd>
      <dt>Montant accordé</dt><dd>{aide.montantAccordeCents == null ? "—" : <strong>{formatEuros(aide.montantAccordeCents)}</strong>}</dd>
      <dt>Demande du</dt><dd>{formatCalendarDate(aide.demandeLe)}</dd>
      <dt>Instruite par</dt><dd>{aide.instructeur ? `${aide.instructeur.firstName} ${aide.instructeur.lastName}` : "—"}</dd>
      <dt>Commission</dt><dd>{aide.commissionLe ? formatCalendarDate(aide.commissionLe) : "—"}</dd>
      <dt>Décision du</dt><dd>{aide.decisionLe ? formatCalendarDate(aide.decisionLe) : "—"}</dd>
      {aide.motifRefus ? <><dt>{aide.status === "AJOURNEE" ? "Motif de l'ajournement" : "Motif du refus"}</dt><dd>{aide.motifRefus}</dd></> : null}
      {aide.status === "ACCORDEE" ? (
        <>
          <dt>Paiement</dt>
          <dd>{aide.payeLe ? `${aide.modePaiement ? MODE_PAIEMENT_LABELS[aide.modePaiement] : "Payée"}, le ${formatCalendarDate(aide.payeLe)}` : "Pas encore payée"}</dd>
        </>
      ) : null}
      <dt>Accompagnement lié</dt>
      <dd>{aide.accompagnement
        ? <Link href={`/usagers/${aide.usagerId}/accompagnements/${aide.accompagnement.id}`}>{ACCOMPAGNEMENT_TYPE_SHORT[aide.accompagnement.type]}</Link>
        : "Aucun"}</dd>
    </dl>
  );
}
