import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canEditAnnuaire, canExportDossiersForImport, canImportDossiers } from "@/lib/auth/permissions";
import { listImportJobs } from "@/lib/domain/import/queries";
import { STATUS_LABELS } from "@/lib/domain/import/schemas";
import { PARTENAIRE_KIND } from "@/lib/domain/import/partenaire-fields";
import { readNotice } from "@/lib/security/signed-notice";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { ImportUploadForm } from "@/components/import/upload-form";

export const metadata: Metadata = { title: "Importer des dossiers" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireUser();
  if (!canImportDossiers(actor)) notFound();
  const { erreur } = await searchParams;
  const jobs = await listImportJobs(actor);
  return (
    <>
      <PageHeader title="Importer des dossiers" description="Reprenez les tableaux Excel ou CSV de la structure : vous associez les colonnes, vérifiez chaque ligne et les doublons avant que rien ne soit enregistré." />
      <section className="card" aria-labelledby="import-depot">
        <h2 id="import-depot" style={{ marginTop: 0 }}>Déposer un fichier</h2>
        <ImportUploadForm notice={readNotice(erreur)} />
      </section>
      {canEditAnnuaire(actor) ? (
        <section className="card" aria-labelledby="import-annuaire">
          <h2 id="import-annuaire" style={{ marginTop: 0 }}>Importer l&apos;annuaire des partenaires</h2>
          <p>Une ligne par service (nom, organisme, catégorie, adresse, téléphone, e-mail, site, horaires…). Un service déjà dans l&apos;annuaire sous le même nom et le même organisme est complété, jamais créé deux fois.</p>
          <ImportUploadForm notice={null} kind="partenaires" />
          <p>Pour modifier l&apos;annuaire dans Excel : téléchargez-le au format de l&apos;import, modifiez-le, puis déposez le fichier ici ; chaque service est retrouvé par son nom et son organisme. <a href="/api/import/export/annuaire?format=xlsx">Annuaire au format d&apos;import (.xlsx)</a> · <a href="/api/import/export/annuaire?format=csv">CSV</a></p>
        </section>
      ) : null}
      {canExportDossiersForImport(actor) ? (
        <section className="card" aria-labelledby="import-export">
          <h2 id="import-export" style={{ marginTop: 0 }}>Modifier les dossiers dans Excel</h2>
          <p>Téléchargez les dossiers de la structure au format de l&apos;import, modifiez-les, puis déposez le fichier ci-dessus : chaque ligne retrouve son dossier par son n° (choisissez « remplacer les champs du fichier » à l&apos;aperçu).</p>
          <p><a href="/api/import/export?format=xlsx">Dossiers au format d&apos;import (.xlsx)</a> · <a href="/api/import/export?format=csv">CSV</a></p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="import-historique">
        <h2 id="import-historique" style={{ marginTop: 0 }}>Imports précédents</h2>
        {jobs.length === 0 ? <p className="muted">Aucun import pour l&apos;instant.</p> : (
          <div className="table-wrap">
            <table className="table">
              <thead><tr><th scope="col">Fichier</th><th scope="col">Déposé le</th><th scope="col">État</th><th scope="col">Lignes</th><th scope="col">Créés</th><th scope="col">Mis à jour</th><th scope="col">Ignorés</th><th scope="col">Erreurs</th></tr></thead>
              <tbody>
                {jobs.map((j) => (
                  <tr key={j.id}>
                    <td><Link href={`/parametres/import/${j.id}`}>{j.fileName}</Link>{j.kind === PARTENAIRE_KIND ? " (annuaire)" : ""}</td>
                    <td>{formatDateTime(j.createdAt)}</td>
                    <td>{STATUS_LABELS[j.status]}</td>
                    <td>{j.totalRows}</td><td>{j.created}</td><td>{j.updated}</td><td>{j.skipped}</td><td>{j.errors}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
