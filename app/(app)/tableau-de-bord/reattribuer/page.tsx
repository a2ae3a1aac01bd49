import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canReassignDossiers } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/domain/shared/fields";
import { listDossiersOfReferent, listWorkers } from "@/lib/domain/dashboard/reassign";
import { PageHeader } from "@/components/ui/page-header";
import { ReassignForm } from "@/components/dashboard/reassign-form";

export const metadata: Metadata = { title: "Réattribuer des dossiers" };

// Absence or departure of a worker: a RESPONSABLE moves their dossiers to a colleague. Other
// roles must not learn that the page exists.
export default async function ReassignPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  if (!canReassignDossiers(actor)) notFound();
  const raw = (await searchParams).de;
  const from = typeof raw === "string" && isUuid(raw) ? raw : "";
  const [workers, dossiers] = await Promise.all([listWorkers(actor), from ? listDossiersOfReferent(actor, from) : Promise.resolve(null)]);
  const name = (w: (typeof workers)[number]) => `${w.firstName} ${w.lastName}${w.status === "DISABLED" ? " (compte désactivé)" : ""}`;
  return (
    <>
      <PageHeader
        title="Réattribuer des dossiers"
        description="Transmettre les dossiers d'un travailleur social à un·e collègue (absence, départ) : le lien de référent et les accompagnements ouverts qu'il ou elle porte sur ces dossiers."
        actions={<Link className="btn btn--secondary" href="/tableau-de-bord">Retour au tableau de bord</Link>}
      />
      <form method="get" className="filters" aria-label="Travailleur social qui transmet">
        <div className="field">
          <label htmlFor="de">Dossiers de</label>
          <select id="de" name="de" defaultValue={from}>
            <option value="">Choisir…</option>
            {workers.map((w) => <option key={w.id} value={w.id}>{name(w)}</option>)}
          </select>
        </div>
        <div className="actions"><button type="submit" className="btn btn--secondary">Voir ses dossiers</button></div>
      </form>
      {from && dossiers ? (
        dossiers.length === 0 ? <p>Cette personne n&apos;est référente d&apos;aucun dossier.</p> : (
          <ReassignForm
            fromUserId={from}
            workers={workers.filter((w) => w.id !== from && w.status === "ACTIVE").map((w) => ({ id: w.id, name: name(w) }))}
            dossiers={dossiers.map((d) => ({ id: d.id, label: `${d.nom.toUpperCase()} ${d.prenom} (n° ${d.numeroDossier})${d.status === "ACTIF" ? "" : d.status === "INACTIF" ? ", inactif" : ", archivé"}` }))}
          />
        )
      ) : null}
    </>
  );
}
