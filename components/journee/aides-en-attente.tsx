// Ma journée: aid requests waiting — for a TS those they instruct, for a RESPONSABLE every request
// of the structure waiting for a decision (the /aides worklist's query), oldest first with the wait.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { listPendingAides } from "@/lib/domain/aides/queries";
import { AIDE_STATUS_LABELS, AIDE_STATUS_TONES, AIDE_TYPE_LABELS } from "@/lib/domain/aides/labels";
import { formatEuros } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { JourneeSection, firstOf, person } from "./section";

export async function AidesEnAttente({ actor, title, showInstructeur = false, now = new Date() }: { actor: Actor; title: string; showInstructeur?: boolean; now?: Date }) {
  const rows = await listPendingAides(actor);
  const days = (d: Date) => Math.max(0, Math.floor((now.getTime() - d.getTime()) / 86_400_000));
  return (
    <JourneeSection id="journee-aides" title={title} count={rows.length} empty="Aucune demande d'aide en attente."
      more={rows.length > 6 ? { href: "/aides", label: `Voir les ${rows.length} demandes` } : rows.length ? { href: "/aides", label: "Voir les aides" } : null}>
      <ul className="journee-list">
        {firstOf(rows).map((a) => (
          <li key={a.id}>
            <Link href={`/usagers/${a.usager.id}/aides/${a.id}`}>{person(a.usager)}</Link> · {AIDE_TYPE_LABELS[a.type]}, {formatEuros(a.montantDemandeCents)}
            {" "}<Badge tone={AIDE_STATUS_TONES[a.status]}>{AIDE_STATUS_LABELS[a.status]}</Badge>
            <span className="muted"> · depuis {days(a.demandeLe)} j{showInstructeur && a.instructeur ? ` · ${a.instructeur.firstName} ${a.instructeur.lastName}` : ""}</span>
          </li>
        ))}
      </ul>
    </JourneeSection>
  );
}
