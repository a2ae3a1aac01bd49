// Ma journée of an agent d'accueil: the fiches de liaison of their site, the newest first, with
// their status and the outcome the CCAS gave (never the social content), those moved since the
// last visit marked; and a link to send a new one.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { listAgentFiches } from "@/lib/domain/fiches/queries";
import { outcomeLabel } from "@/lib/domain/fiches/labels";
import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/badge";
import { FicheStatusBadge } from "@/components/fiches/fiche-badges";
import { JourneeSection, person } from "./section";

const SHOWN = 8;

export async function FichesAgent({ actor }: { actor: Actor }) {
  const { rows } = await listAgentFiches(actor);
  const open = rows.filter((f) => !outcomeLabel(f));
  const done = rows.filter((f) => outcomeLabel(f));
  return (
    <>
      <JourneeSection id="journee-fiches-en-cours" title="Fiches en cours au CCAS" count={open.length}
        empty="Aucune fiche en attente d'une suite." more={{ href: "/fiches-liaison/nouvelle", label: "Envoyer une nouvelle fiche de liaison" }}>
        <ul className="journee-list">
          {open.slice(0, SHOWN).map((f) => (
            <li key={f.id}>
              <Link href={`/fiches-liaison/${f.id}`}>{f.reference}</Link> · {person(f)} <FicheStatusBadge status={f.status} />
              {f.changed ? <> <Badge tone="info">Nouveau</Badge></> : null}
              <span className="muted"> · envoyée le {formatDate(f.sentAt)}</span>
            </li>
          ))}
        </ul>
      </JourneeSection>
      <JourneeSection id="journee-fiches-suites" title="Suites données" count={done.length} empty="Aucune suite donnée pour l'instant."
        more={done.length > SHOWN ? { href: "/fiches-liaison", label: `Voir les ${rows.length} fiches` } : null}>
        <ul className="journee-list">
          {done.slice(0, SHOWN).map((f) => (
            <li key={f.id}>
              <Link href={`/fiches-liaison/${f.id}`}>{f.reference}</Link> · {person(f)} — {outcomeLabel(f)}
              {f.changed ? <> <Badge tone="info">Nouveau</Badge></> : null}
              <span className="muted"> · le {formatDate(f.statusChangedAt)}</span>
            </li>
          ))}
        </ul>
      </JourneeSection>
    </>
  );
}
