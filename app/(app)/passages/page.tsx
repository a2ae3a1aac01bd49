import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canUseAccueil } from "@/lib/auth/permissions";
import { getDossierIdentity, searchDossierIdentities } from "@/lib/domain/accueil/dossier-lookup";
import { getDesk, searchParam as one, type SearchParams } from "@/lib/domain/accueil/desk";
import { listPartenaireChoices, listPassagesOfDay } from "@/lib/domain/accueil/passage-queries";
import { dateToParisLocal, parisToday } from "@/lib/domain/shared/paris-time";
import { Alert } from "@/components/ui/alert";
import { DossierSearch } from "@/components/accueil/dossier-search";
import { PassageForm } from "@/components/accueil/passage-form";
import { PassageRegister } from "@/components/accueil/passage-register";
import { DeskHeader } from "@/components/accueil/desk-header";

export const metadata: Metadata = { title: "Registre des passages" };

// The reception desk: the agent d'accueil and the professionals record who came, why, and the
// answer given. A dossier appears by its identity only; nothing here opens it.
export default async function PassagesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireUser();
  if (!canUseAccueil(actor)) notFound();
  const params = await searchParams;
  const desk = await getDesk(actor, params);
  if (!desk) notFound();
  const { sites, site } = desk;
  const q = one(params.q);
  const [chosen, results, partenaires, rows] = await Promise.all([
    getDossierIdentity(actor, one(params.usager)),
    q ? searchDossierIdentities(actor, q) : Promise.resolve([]),
    listPartenaireChoices(actor),
    listPassagesOfDay(actor, { siteId: site.id, day: parisToday() }),
  ]);
  return (
    <>
      <DeskHeader title="Registre des passages" description={`${site.name} · ${rows.length} passage${rows.length > 1 ? "s" : ""} aujourd'hui`}
        actions={<Link className="btn btn--secondary" href={`/file-attente?site=${site.id}`}>File d&apos;attente</Link>} page="/passages" sites={sites} current={site.id} />
      {one(params.enregistre) ? <Alert tone="success">Passage enregistré.</Alert> : null}
      <section className="card" aria-labelledby="nouveau-passage">
        <h2 id="nouveau-passage">Enregistrer un passage</h2>
        <DossierSearch action="/passages" siteId={site.id} q={q} results={results} chosen={chosen} />
        <PassageForm key={chosen?.id ?? "anonyme"} siteId={site.id} dossier={chosen} now={dateToParisLocal(new Date())} partenaires={partenaires} />
      </section>
      <section className="card" aria-labelledby="passages-du-jour">
        <h2 id="passages-du-jour">Passages du jour</h2>
        <PassageRegister rows={rows} />
      </section>
    </>
  );
}
