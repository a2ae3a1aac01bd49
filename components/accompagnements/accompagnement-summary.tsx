import type { AccompagnementDetail } from "@/lib/domain/accompagnements/queries";
import { ACCOMPAGNEMENT_STATUS_LABELS, ACCOMPAGNEMENT_STATUS_TONES } from "@/lib/domain/accompagnements/labels";
import { formatCalendarDate, formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

/** The common fields of an accompagnement, as facts. */
export function AccompagnementSummary({ acc }: { acc: AccompagnementDetail }) {
  return (
    <dl className="facts">
      <dt>Statut</dt>
      <dd><Badge tone={ACCOMPAGNEMENT_STATUS_TONES[acc.status]}>{ACCOMPAGNEMENT_STATUS_LABELS[acc.status]}</Badge> depuis le {formatDate(acc.statusChangedAt)}</dd>
      <dt>Référent·e</dt><dd>{acc.referent ? `${acc.referent.firstName} ${acc.referent.lastName}` : "—"}</dd>
      <dt>Début</dt><dd>{formatCalendarDate(acc.debut)}</dd>
      <dt>Fin prévue</dt><dd>{acc.finPrevue ? formatCalendarDate(acc.finPrevue) : "Non fixée"}</dd>
      {acc.status === "CLOS" ? (
        <>
          <dt>Clos le</dt><dd>{formatDate(acc.closAt)}</dd>
          <dt>Motif de clôture</dt><dd>{acc.motifCloture ?? "—"}</dd>
        </>
      ) : null}
    </dl>
  );
}
