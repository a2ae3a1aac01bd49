// Ma journée: the dossiers the actor opened lately (their own trail in the audit log), to go back
// to one in a click.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { listRecentlyOpenedDossiers } from "@/lib/domain/journee/recent";
import { formatDateTime } from "@/lib/format";
import { JourneeSection, person } from "./section";

export async function DossiersRecents({ actor }: { actor: Actor }) {
  const rows = await listRecentlyOpenedDossiers(actor);
  return (
    <JourneeSection id="journee-recents" title="Dossiers ouverts récemment" count={rows.length} empty="Aucun dossier ouvert ces 30 derniers jours.">
      <ul className="journee-list">
        {rows.map((u) => (
          <li key={u.id}>
            <Link href={`/usagers/${u.id}`}>{person(u)}</Link> <span className="muted">· n° {u.numeroDossier} · {formatDateTime(u.openedAt)}</span>
          </li>
        ))}
      </ul>
    </JourneeSection>
  );
}
