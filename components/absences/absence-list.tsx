// Absences not yet over: dates, who is away, who replaces them, and "Annuler" where allowed.
import type { AbsenceRow } from "@/lib/domain/absences/queries";
import { cancelAbsenceAction } from "@/lib/actions/absences";
import { formatCalendarDate } from "@/lib/format";
import { ActionButton } from "@/components/forms/action-button";

export function AbsenceList({ absences, empty, showAbsent = false, canCancel }: {
  absences: AbsenceRow[]; empty: string; showAbsent?: boolean; canCancel: boolean;
}) {
  if (absences.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {absences.map((a) => (
        <li key={a.id}>
          {showAbsent ? `${a.absent} : ` : ""}du {formatCalendarDate(a.debut)} au {formatCalendarDate(a.fin)} · remplacé·e par {a.remplacant}
          {canCancel ? <>{" "}<ActionButton action={cancelAbsenceAction} fields={{ absenceId: a.id }} success="Absence annulée." confirm="Annuler cette absence ?" confirmLabel="Oui, annuler" className="btn btn--small btn--secondary">Annuler</ActionButton></> : null}
        </li>
      ))}
    </ul>
  );
}
