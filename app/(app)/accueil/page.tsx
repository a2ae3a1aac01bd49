import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { navigationFor } from "@/lib/auth/navigation";
import { ROLE_LABELS } from "@/lib/auth/actor";
import { canListUsagers, canSendFiche, canViewAllCaseloads, canViewAgenda } from "@/lib/auth/permissions";
import { getActorContext } from "@/lib/domain/users/context";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { PageHeader } from "@/components/ui/page-header";
import { formatDay } from "@/components/agenda/format";
import { JourneeSociale } from "@/components/journee/journee-sociale";
import { JourneeAccueil } from "@/components/journee/journee-accueil";

export const metadata: Metadata = { title: "Ma journée" };

// Ma journée: the home page of who works on dossiers or at a desk (decision 0080). An account
// without either (the ADMIN) finds its entries listed.
export default async function HomePage() {
  const actor = await requireUser();
  const context = await getActorContext(actor);
  const who = `${actor.firstName} ${actor.lastName}, ${ROLE_LABELS[actor.role].toLowerCase()} · ${context.structureName}${context.siteName ? ` · ${context.siteName}` : ""}`;
  const social = canListUsagers(actor);
  const accueil = !social && canSendFiche(actor);
  return (
    <>
      <PageHeader title="Ma journée" description={<>{formatDay(parisToday())} · {who}</>}
        actions={social ? (
          <>
            <Link className="btn btn--secondary btn--small" href="/usagers/nouveau">Nouveau dossier</Link>
            {canViewAgenda(actor) ? <Link className="btn btn--secondary btn--small" href="/agenda/nouveau">Nouveau rendez-vous</Link> : null}
          </>
        ) : accueil ? <Link className="btn btn--small" href="/fiches-liaison/nouvelle">Nouvelle fiche de liaison</Link> : null} />
      {social ? <JourneeSociale actor={actor} responsable={canViewAllCaseloads(actor)} />
        : accueil ? <JourneeAccueil actor={actor} />
        : (
          <section className="card" aria-labelledby="accueil-entrees">
            <h2 id="accueil-entrees">Vos entrées</h2>
            <ul className="journee-list">
              {navigationFor(actor).filter((i) => i.href !== "/accueil").map((i) => <li key={i.href}><Link href={i.href}>{i.label}</Link></li>)}
            </ul>
          </section>
        )}
    </>
  );
}
