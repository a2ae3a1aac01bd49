import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { canEditAnnuaire } from "@/lib/auth/permissions";
import { parseAnnuaireParams } from "@/lib/domain/annuaire/schemas";
import { searchPartenaires } from "@/lib/domain/annuaire/queries";
import { PageHeader } from "@/components/ui/page-header";
import { AnnuaireFilters } from "@/components/annuaire/annuaire-filters";
import { PartenaireCard } from "@/components/annuaire/partenaire-card";

export const metadata: Metadata = { title: "Annuaire des partenaires" };

// Everyone signed in reads the directory of their structure; ADMIN and RESPONSABLE edit it.
export default async function AnnuairePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser();
  const params = parseAnnuaireParams(await searchParams);
  const canEdit = canEditAnnuaire(actor);
  const partenaires = await searchPartenaires(actor, params);
  const count = partenaires.length;
  return (
    <>
      <PageHeader
        title="Annuaire des partenaires"
        description="Services du Département, associations et permanences vers lesquels orienter les personnes."
        actions={canEdit ? <><Link className="btn" href="/annuaire/nouveau">Ajouter un service</Link> <Link className="btn btn--secondary" href="/parametres/import#import-annuaire">Importer une liste (CSV, Excel)</Link> <a className="btn btn--secondary" href="/api/import/export/annuaire?format=xlsx">Exporter (.xlsx, format d&apos;import)</a></> : null}
      />
      <AnnuaireFilters values={params} canSeeInactive={canEdit} />
      <p role="status" className="muted">{count === 0 ? "Aucun service ne correspond." : `${count} service${count > 1 ? "s" : ""}`}</p>
      {count === 0 && params.q ? <p>Vérifiez l&apos;orthographe, tapez seulement le début d&apos;un mot ou choisissez une autre catégorie.</p> : null}
      <div className="grid-2" style={{ gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 420px), 1fr))" }}>
        {partenaires.map((p) => <PartenaireCard key={p.id} partenaire={p} />)}
      </div>
    </>
  );
}
