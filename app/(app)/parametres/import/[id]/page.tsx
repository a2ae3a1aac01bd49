import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { canImportDossiers } from "@/lib/auth/permissions";
import { isUuid } from "@/lib/domain/shared/fields";
import { NotFoundError } from "@/lib/domain/errors";
import { getImportJob, importGroupCounts, listImportRows, ROWS_PER_PAGE } from "@/lib/domain/import/queries";
import { IMPORT_FIELD_LABELS, type ImportField } from "@/lib/domain/import/fields";
import { DEFAULT_GROUP_CHOICES, GROUP_LABELS, PARTENAIRE_GROUP_LABELS, SHEET_GROUP_LABELS, IMPORT_CHOICES, OUTCOME_LABELS, STATUS_LABELS, type ImportChoice, type ImportGroup, type ImportOutcome } from "@/lib/domain/import/schemas";
import { cancelImportAction, startImportAction } from "@/lib/actions/import";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Pager } from "@/components/ui/pager";
import { ActionButton } from "@/components/forms/action-button";
import { ImportMappingForm } from "@/components/import/mapping-form";
import { GroupChoicesForm, RowChoiceForm } from "@/components/import/choices-form";
import { ImportProgress } from "@/components/import/progress";
import { ImportSheetMappingForm } from "@/components/import/sheet-mapping-form";
import { PARTENAIRE_FIELD_LABELS, PARTENAIRE_KIND, type PartenaireField } from "@/lib/domain/import/partenaire-fields";
import { SHEET_FIELD_LABELS, type ImportSheet, type SheetField } from "@/lib/domain/import/sheet-fields";

export const metadata: Metadata = { title: "Import" };
const GROUPS: ImportGroup[] = ["NEW", "MATCH", "FILE_DUPLICATE", "ERROR"];

export default async function ImportJobPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireUser();
  const { id } = await params;
  if (!canImportDossiers(actor) || !isUuid(id)) notFound();
  const job = await getImportJob(actor, id).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  const query = await searchParams;
  const group = GROUPS.includes(query.groupe as ImportGroup) ? (query.groupe as ImportGroup) : null;
  const page = Number(query.page) > 0 ? Math.floor(Number(query.page)) : 1;
  const sheets = job.sheets as ImportSheet[];
  const annuaire = job.kind === PARTENAIRE_KIND;
  const groupLabels = annuaire ? PARTENAIRE_GROUP_LABELS : GROUP_LABELS;
  const sheet = Number(query.feuille) > 0 && Number(query.feuille) <= sheets.length ? Math.floor(Number(query.feuille)) : 0;
  const [counts, list, mainCounts, sheetSamples] = await Promise.all([
    importGroupCounts(actor, id, sheet), listImportRows(actor, id, { group, page, sheet }), importGroupCounts(actor, id, 0),
    Promise.all([0, ...sheets.map((_, k) => k + 1)].map((k) => listImportRows(actor, id, { sheet: k, page: 1 }).then((l) => l.rows.slice(0, 3).map((r) => r.cells)))),
  ]);
  const sheetNames = [job.sheetName, ...sheets.map((s) => s.name)];
  const q = (extra: Record<string, string | number>) => `?${new URLSearchParams(Object.entries({ ...(sheet ? { feuille: sheet } : {}), ...extra }).map(([k, v]) => [k, String(v)]))}`;
  const mapping = job.mapping as (ImportField | "")[];
  const choices = { ...DEFAULT_GROUP_CHOICES, ...(job.groupChoices as Record<string, ImportChoice>) };
  const stale = job.stale;
  const header = (f: string) => {
    if (f === "_row") return "Ligne";
    if (sheet) {
      const s = sheets[sheet - 1]!;
      return s.headers[s.mapping.indexOf(f as SheetField)] ?? SHEET_FIELD_LABELS[f as SheetField] ?? f;
    }
    return job.headers[mapping.indexOf(f as ImportField)] ?? (annuaire ? PARTENAIRE_FIELD_LABELS[f as PartenaireField] : IMPORT_FIELD_LABELS[f as ImportField]) ?? f;
  };
  const errorsOf = (e: unknown) => Object.entries((e ?? {}) as Record<string, string>);

  return (
    <>
      <p><Link href="/parametres/import">← {annuaire ? "Importer" : "Importer des dossiers"}</Link>{annuaire ? <> · <Link href="/annuaire">Annuaire</Link></> : null}</p>
      <PageHeader title={`Import : ${job.fileName}`} description={`${STATUS_LABELS[job.status]} · ${job.totalRows.toLocaleString("fr-FR")} lignes${job.format === "xlsx" ? ` · feuille « ${job.sheetName} »` : ""}`} />

      {job.status === "MAPPING" || job.status === "PREVIEW" ? (
        <section className="card" aria-labelledby="import-colonnes">
          <h2 id="import-colonnes" style={{ marginTop: 0 }}>1. Colonnes</h2>
          {job.status === "PREVIEW" ? <p className="muted">Vous pouvez encore corriger les associations : les lignes seront vérifiées de nouveau.</p> : null}
          <ImportMappingForm annuaire={annuaire} jobId={job.id} headers={job.headers} mapping={mapping} samples={sheetSamples[0] ?? []} />
        </section>
      ) : null}

      {sheets.length && (job.status === "MAPPING" || job.status === "PREVIEW") ? (
        <section className="card" aria-labelledby="import-feuilles-titre" id="import-feuilles">
          <h2 id="import-feuilles-titre" style={{ marginTop: 0 }}>Autres feuilles du classeur</h2>
          {job.status === "MAPPING" ? <p className="muted">Associez d&apos;abord les colonnes de la feuille des dossiers (« {job.sheetName} ») : les membres du foyer et les contacts sont rattachés à ses lignes.</p> : (
            <>
              <p className="muted">Chaque ligne est rattachée à son dossier par le N° de dossier (ou l&apos;identifiant), sinon par le nom, le prénom et la date de naissance de la personne du dossier. Les contacts deviennent des entretiens « Repris d&apos;un fichier ».</p>
              {sheets.map((s, k) => (
                <div key={k} className="stack">
                  <h3>Feuille « {s.name} » ({s.totalRows.toLocaleString("fr-FR")} lignes) · <Link href={`?feuille=${k + 1}`}>voir ses lignes</Link></h3>
                  <ImportSheetMappingForm jobId={job.id} sheet={k + 1} name={s.name} role={s.role} headers={s.headers} mapping={s.mapping} samples={sheetSamples[k + 1] ?? []} />
                </div>
              ))}
            </>
          )}
        </section>
      ) : null}

      {job.status === "PREVIEW" ? (
        <section className="card" aria-labelledby="import-apercu">
          <h2 id="import-apercu" style={{ marginTop: 0 }}>2. Aperçu : rien n&apos;est encore enregistré</h2>
          <ul>
            {GROUPS.map((g) => <li key={g}><Link href={`?groupe=${g}`}>{groupLabels[g]}</Link> : <strong>{mainCounts[g].toLocaleString("fr-FR")}</strong></li>)}
          </ul>
          <GroupChoicesForm jobId={job.id} choices={choices} counts={mainCounts} />
          <div className="actions">
            <ActionButton action={startImportAction} fields={{ jobId: job.id }} className="btn">Lancer l&apos;import</ActionButton>
            <ActionButton action={cancelImportAction} fields={{ jobId: job.id }} className="btn btn--secondary" confirm={annuaire ? "Abandonner cet import ? Rien n'a été enregistré dans l'annuaire." : "Abandonner cet import ? Rien n'a été enregistré dans les dossiers."}>Abandonner</ActionButton>
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
          <h2 id="import-lignes" style={{ marginTop: 0 }}>Lignes{sheets.length ? ` de la feuille « ${sheetNames[sheet]} »` : ""}{group ? ` : ${sheet ? SHEET_GROUP_LABELS[group] : groupLabels[group]}` : ""}</h2>
          {sheets.length ? <p>Feuilles : {sheetNames.map((n, k) => <span key={k}>{k ? " · " : ""}{k === sheet ? <strong aria-current="page">{n}</strong> : <Link href={k ? `?feuille=${k}` : "?"}>{n}</Link>}</span>)}</p> : null}
          <p><Link href={q({})}>Toutes</Link>{GROUPS.map((g) => <span key={g}> · <Link href={q({ groupe: g })}>{sheet ? SHEET_GROUP_LABELS[g] : groupLabels[g]} ({counts[g]})</Link></span>)}</p>
          <div className="table-wrap">
            <table className="table">
              <thead><tr><th scope="col">Ligne</th><th scope="col">{annuaire ? "Service" : "Personne"}</th><th scope="col">Groupe</th>{annuaire ? null : <th scope="col">Dossier</th>}<th scope="col">Détail</th><th scope="col">{job.status === "PREVIEW" ? "Choix" : "Résultat"}</th></tr></thead>
              <tbody>
                {list.rows.map((r) => (
                  <tr key={r.id}>
                    <td>{r.line}</td>
                    <td>{r.label}</td>
                    <td>{sheet ? SHEET_GROUP_LABELS[r.group as ImportGroup] : groupLabels[r.group as ImportGroup]}</td>
                    {annuaire ? null : <td>{r.dossierNumero ?? "—"}</td>}
                    <td>{r.reason ?? (errorsOf(r.cellErrors).length ? <ul>{errorsOf(r.cellErrors).map(([f, m]) => <li key={f}><strong>{header(f)}</strong> : {m}</li>)}</ul> : "—")}</td>
                    <td>
                      {job.status === "PREVIEW" && r.group !== "ERROR" && (!sheet || r.group === "NEW")
                        ? <RowChoiceForm jobId={job.id} rowId={r.id} group={r.group as "NEW"} choice={r.choice} line={r.line} />
                        : r.outcome ? OUTCOME_LABELS[r.outcome as ImportOutcome] : r.group === "ERROR" ? "Ignorée" : sheet ? "Ignorée" : IMPORT_CHOICES[(r.choice ?? choices[r.group as ImportGroup]) as ImportChoice]}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={list.page} pageSize={ROWS_PER_PAGE} total={list.total} path={`/parametres/import/${job.id}`} query={{ groupe: group ?? "", feuille: sheet ? String(sheet) : "" }} />
        </section>
      ) : null}
    </>
  );
}
