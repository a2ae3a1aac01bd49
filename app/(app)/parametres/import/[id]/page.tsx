import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canImportDossiers } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/domain/shared/fields";
import { NotFoundError } from "@/lib/domain/errors";
import { getImportJob, importGroupCounts, listImportRows, ROWS_PER_PAGE } from "@/lib/domain/import/queries";
import { IMPORT_FIELD_LABELS, type ImportField } from "@/lib/domain/import/fields";
import { DEFAULT_GROUP_CHOICES, GROUP_LABELS, IMPORT_CHOICES, OUTCOME_LABELS, STATUS_LABELS, type ImportChoice, type ImportGroup, type ImportOutcome } from "@/lib/domain/import/schemas";
import { cancelImportAction, startImportAction } from "@/lib/actions/import";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Pager } from "@/components/ui/pager";
import { ActionButton } from "@/components/forms/action-button";
import { ImportMappingForm } from "@/components/import/mapping-form";
import { GroupChoicesForm, RowChoiceForm } from "@/components/import/choices-form";
import { ImportProgress } from "@/components/import/progress";

export const metadata: Metadata = { title: "Import de dossiers" };
const GROUPS: ImportGroup[] = ["NEW", "MATCH", "FILE_DUPLICATE", "ERROR"];

export default async function ImportJobPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireUser();
  const { id } = await params;
  if (!canImportDossiers(actor) || !isUuid(id)) notFound();
  const job = await getImportJob(actor, id).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  const query = await searchParams;
  const group = GROUPS.includes(query.groupe as ImportGroup) ? (query.groupe as ImportGroup) : null;
  const page = Number(query.page) > 0 ? Math.floor(Number(query.page)) : 1;
  const [counts, list] = await Promise.all([importGroupCounts(actor, id), listImportRows(actor, id, { group, page })]);
  const mapping = job.mapping as (ImportField | "")[];
  const choices = { ...DEFAULT_GROUP_CHOICES, ...(job.groupChoices as Record<string, ImportChoice>) };
  const stale = job.stale;
  const header = (f: string) => (f === "_row" ? "Ligne" : (job.headers[mapping.indexOf(f as ImportField)] ?? IMPORT_FIELD_LABELS[f as ImportField] ?? f));
  const errorsOf = (e: unknown) => Object.entries((e ?? {}) as Record<string, string>);

  return (
    <>
      <p><Link href="/parametres/import">← Importer des dossiers</Link></p>
      <PageHeader title={`Import : ${job.fileName}`} description={`${STATUS_LABELS[job.status]} · ${job.totalRows.toLocaleString("fr-FR")} lignes${job.format === "xlsx" ? ` · feuille « ${job.sheetName} »` : ""}`} />

      {job.status === "MAPPING" || job.status === "PREVIEW" ? (
        <section className="card" aria-labelledby="import-colonnes">
          <h2 id="import-colonnes" style={{ marginTop: 0 }}>1. Colonnes</h2>
          {job.status === "PREVIEW" ? <p className="muted">Vous pouvez encore corriger les associations : les lignes seront vérifiées de nouveau.</p> : null}
          <ImportMappingForm jobId={job.id} headers={job.headers} mapping={mapping} samples={list.rows.slice(0, 3).map((r) => r.cells)} />
        </section>
      ) : null}

      {job.status === "PREVIEW" ? (
        <section className="card" aria-labelledby="import-apercu">
          <h2 id="import-apercu" style={{ marginTop: 0 }}>2. Aperçu : rien n&apos;est encore enregistré</h2>
          <ul>
            {GROUPS.map((g) => <li key={g}><Link href={`?groupe=${g}`}>{GROUP_LABELS[g]}</Link> : <strong>{counts[g].toLocaleString("fr-FR")}</strong></li>)}
          </ul>
          <GroupChoicesForm jobId={job.id} choices={choices} counts={counts} />
          <div className="actions">
            <ActionButton action={startImportAction} fields={{ jobId: job.id }} className="btn">Lancer l&apos;import</ActionButton>
            <ActionButton action={cancelImportAction} fields={{ jobId: job.id }} className="btn btn--secondary" confirm="Abandonner cet import ? Rien n'a été enregistré dans les dossiers.">Abandonner</ActionButton>
          </div>
        </section>
      ) : null}

      {job.status === "RUNNING" || job.status === "FAILED" || job.status === "DONE" ? (
        <section className="card" aria-labelledby="import-progression">
          <h2 id="import-progression" style={{ marginTop: 0 }}>{job.status === "DONE" ? "Rapport" : "Progression"}</h2>
          <ImportProgress done={job.cursor} total={job.totalRows} running={job.status === "RUNNING" && !stale} />
          <p>Créés : <strong>{job.created}</strong> · mis à jour : <strong>{job.updated}</strong> · ignorés ou inchangés : <strong>{job.skipped}</strong> · en erreur : <strong>{job.errors}</strong></p>
          {job.status === "FAILED" ? <Alert tone="error" title={job.failure ?? "L'import s'est arrêté."} /> : null}
          {stale ? <Alert tone="warning" title="L'import semble interrompu (le serveur a redémarré ?) : reprenez-le, il repart de la dernière ligne enregistrée." /> : null}
          {job.status === "FAILED" || stale ? <ActionButton action={startImportAction} fields={{ jobId: job.id }} className="btn">Reprendre l&apos;import</ActionButton> : null}
          {job.status === "DONE" ? (
            <p>Télécharger le rapport : <a href={`/api/import/${job.id}/rapport?format=xlsx`}>Excel (.xlsx)</a> · <a href={`/api/import/${job.id}/rapport?format=csv`}>CSV</a></p>
          ) : null}
        </section>
      ) : null}

      {job.status !== "MAPPING" ? (
        <section className="card" aria-labelledby="import-lignes">
          <h2 id="import-lignes" style={{ marginTop: 0 }}>Lignes{group ? ` : ${GROUP_LABELS[group]}` : ""}</h2>
          <p><Link href="?">Toutes</Link>{GROUPS.map((g) => <span key={g}> · <Link href={`?groupe=${g}`}>{GROUP_LABELS[g]} ({counts[g]})</Link></span>)}</p>
          <div className="table-wrap">
            <table className="table">
              <thead><tr><th scope="col">Ligne</th><th scope="col">Personne</th><th scope="col">Groupe</th><th scope="col">Dossier</th><th scope="col">Détail</th><th scope="col">{job.status === "PREVIEW" ? "Choix" : "Résultat"}</th></tr></thead>
              <tbody>
                {list.rows.map((r) => (
                  <tr key={r.id}>
                    <td>{r.line}</td>
                    <td>{r.label}</td>
                    <td>{GROUP_LABELS[r.group as ImportGroup]}</td>
                    <td>{r.dossierNumero ?? "—"}</td>
                    <td>{r.reason ?? (errorsOf(r.cellErrors).length ? <ul>{errorsOf(r.cellErrors).map(([f, m]) => <li key={f}><strong>{header(f)}</strong> : {m}</li>)}</ul> : "—")}</td>
                    <td>
                      {job.status === "PREVIEW" && r.group !== "ERROR"
                        ? <RowChoiceForm jobId={job.id} rowId={r.id} group={r.group as "NEW"} choice={r.choice} line={r.line} />
                        : r.outcome ? OUTCOME_LABELS[r.outcome as ImportOutcome] : r.group === "ERROR" ? "Ignorée" : IMPORT_CHOICES[(r.choice ?? choices[r.group as ImportGroup]) as ImportChoice]}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={list.page} pageSize={ROWS_PER_PAGE} total={list.total} path={`/parametres/import/${job.id}`} query={{ groupe: group ?? "" }} />
        </section>
      ) : null}
    </>
  );
}
