// Ma journée (CCAS side): fiches de liaison to handle — for a TS those assigned to them and still
// open, for a RESPONSABLE every open fiche (the inbox's "à traiter"), most urgent then oldest
// first, with how long each has waited since it was sent (the delays the CCAS is measured on).
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { listFicheInbox } from "@/lib/domain/fiches/queries";
import { parseInboxParams, type InboxView } from "@/lib/domain/fiches/list-params";
import { formatDuration } from "@/lib/domain/fiches/delays";
import { FicheStatusBadge, UrgenceBadge } from "@/components/fiches/fiche-badges";
import { JourneeSection, person } from "./section";

export async function FichesATraiter({ actor, vue, title }: { actor: Actor; vue: Extract<InboxView, "miennes" | "a-traiter">; title: string }) {
  const page = await listFicheInbox(actor, parseInboxParams({ vue, taille: "25" }));
  return (
    <JourneeSection id="journee-fiches" title={title} count={page.total} empty="Aucune fiche de liaison à traiter."
      more={page.total > 0 ? { href: `/fiches-liaison?vue=${vue}`, label: page.total > 6 ? `Voir les ${page.total} fiches` : "Voir les fiches" } : null}>
      <ul className="journee-list">
        {page.rows.slice(0, 6).map((f) => (
          <li key={f.id}>
            <UrgenceBadge urgence={f.urgence} /> <Link href={`/fiches-liaison/${f.id}`}>{f.reference}</Link> · {person(f)}
            {" "}<FicheStatusBadge status={f.status} />
            <span className="muted"> · envoyée il y a {formatDuration(f.age)}{f.site ? `, ${f.site.name}` : ""}{f.assignee ? ` · ${f.assignee}` : ""}</span>
          </li>
        ))}
      </ul>
    </JourneeSection>
  );
}
