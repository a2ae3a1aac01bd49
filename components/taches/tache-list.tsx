// A list of tasks: due date (late ones flagged), title, dossier, who holds it, and the status
// buttons for those who may change it. Titles are shown as typed (React escapes them).
import Link from "next/link";
import type { TacheRow } from "@/lib/domain/taches/queries";
import { TACHE_STATUS_LABELS } from "@/lib/domain/taches/schemas";
import { changeTacheStatusAction } from "@/lib/actions/taches";
import { formatCalendarDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { ActionButton } from "@/components/forms/action-button";

export function TacheList({ taches, showAssignee = true, showDossier = true, empty }: {
  taches: TacheRow[]; showAssignee?: boolean; showDossier?: boolean; empty: string;
}) {
  if (taches.length === 0) return <p>{empty}</p>;
  return (
    <ul className="taches">
      {taches.map((t) => (
        <li key={t.id}>
          {t.overdue ? <Badge tone="danger">En retard</Badge> : null}
          {t.status !== "A_FAIRE" ? <Badge>{TACHE_STATUS_LABELS[t.status]}</Badge> : null}{" "}
          {formatCalendarDate(t.echeance)} · <span className="pre">{t.titre}</span>
          {showDossier && t.usager ? <> · <Link href={`/usagers/${t.usager.id}`}>{t.usager.label}</Link></> : null}
          {showAssignee ? <span className="muted"> · confiée à {t.assignee}{t.createdBy !== t.assignee ? ` par ${t.createdBy}` : ""}</span> : null}
          {t.canChange ? (
            t.status === "A_FAIRE" ? (
              <>
                {" "}<ActionButton action={changeTacheStatusAction} fields={{ tacheId: t.id, status: "FAITE" }} success="Tâche faite.">Faite</ActionButton>
                {" "}<ActionButton action={changeTacheStatusAction} fields={{ tacheId: t.id, status: "ANNULEE" }} success="Tâche annulée." confirm="Annuler cette tâche ?" confirmLabel="Oui, annuler" className="btn btn--small btn--secondary">Annuler</ActionButton>
              </>
            ) : (
              <>{" "}<ActionButton action={changeTacheStatusAction} fields={{ tacheId: t.id, status: "A_FAIRE" }} success="Tâche remise à faire." className="btn btn--small btn--secondary">Remettre à faire</ActionButton></>
            )
          ) : null}
        </li>
      ))}
    </ul>
  );
}
