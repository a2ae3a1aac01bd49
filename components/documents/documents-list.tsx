"use client";

// The documents of a card: preview (images and PDF, in a new tab), download, rename, delete;
// deleted ones stay listed, restorable, for 30 days.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { DOCUMENT_TYPE_LABELS, formatBytes } from "@/lib/domain/documents/labels";
import type { DocumentRow } from "@/lib/domain/documents/queries";
import { formatDate } from "@/lib/format";
import { deleteDocumentAction, renameDocumentAction, restoreDocumentAction } from "@/lib/actions/documents";

function RenameForm({ doc, onDone }: { doc: DocumentRow; onDone: () => void }) {
  const router = useRouter();
  const [name, setName] = useState(doc.name);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const inputId = `rename-${doc.id}`;
  return (
    <form
      className="documents-rename"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const result = await renameDocumentAction({ id: doc.id, name, updatedAt: doc.updatedAt });
          if (!result.ok) setError(result.fieldErrors.name ?? result.formError);
          else {
            onDone();
            router.refresh();
          }
        });
      }}
    >
      <div className={`field${error ? " field--error" : ""}`}>
        <label htmlFor={inputId}>Nouveau nom</label>
        <input id={inputId} value={name} onChange={(e) => setName(e.target.value)} maxLength={150} autoFocus />
        {error ? <p className="field-error" role="alert">{error}</p> : null}
      </div>
      <button type="submit" className="btn btn--small" disabled={pending}>Enregistrer le nom</button>{" "}
      <button type="button" className="btn btn--small btn--secondary" onClick={onDone}>Annuler</button>
    </form>
  );
}

export function DocumentsList({ active, deleted, readOnly }: { active: DocumentRow[]; deleted: DocumentRow[]; readOnly: boolean }) {
  const router = useRouter();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = (action: (input: unknown) => Promise<{ ok: boolean; formError?: string }>, id: string) =>
    start(async () => {
      const result = await action({ id });
      setError(result.ok ? null : (result.formError ?? "Action impossible."));
      if (result.ok) router.refresh();
    });

  return (
    <>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {active.length === 0 ? <p>Aucune pièce jointe.</p> : (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">Pièces jointes, la plus récente d&apos;abord</caption>
            <thead><tr><th scope="col">Nom</th><th scope="col">Type</th><th scope="col">Taille</th><th scope="col">Ajouté le</th><th scope="col">Actions</th></tr></thead>
            <tbody>
              {active.map((d) => (
                <tr key={d.id}>
                  <td>
                    {renaming === d.id ? <RenameForm doc={d} onDone={() => setRenaming(null)} /> : <span>{d.name}</span>}
                    {d.confidential ? <> <Badge tone="warning">Confidentiel</Badge></> : null}
                  </td>
                  <td>{DOCUMENT_TYPE_LABELS[d.type]}</td>
                  <td className="num">{formatBytes(d.size)}</td>
                  <td>{formatDate(d.createdAt)}{d.uploadedBy ? <span className="muted"> par {d.uploadedBy}</span> : null}</td>
                  <td>
                    <div className="actions">
                      {d.preview ? <a className="btn btn--small btn--secondary" href={`/api/documents/${d.id}?apercu=1`} target="_blank" rel="noopener" aria-label={`Aperçu de ${d.name}`}>Aperçu</a> : null}
                      <a className="btn btn--small btn--secondary" href={`/api/documents/${d.id}`} download aria-label={`Télécharger ${d.name}`}>Télécharger</a>
                      {!readOnly && d.canManage && renaming !== d.id ? (
                        <>
                          <button type="button" className="btn btn--small btn--secondary" onClick={() => setRenaming(d.id)} aria-label={`Renommer ${d.name}`}>Renommer</button>
                          <button type="button" className="btn btn--small btn--danger" disabled={pending} onClick={() => run(deleteDocumentAction, d.id)} aria-label={`Supprimer ${d.name}`}>Supprimer</button>
                        </>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deleted.length > 0 ? (
        <details className="documents-deleted">
          <summary>Pièces jointes supprimées ({deleted.length}), restaurables 30 jours</summary>
          <ul>
            {deleted.map((d) => (
              <li key={d.id}>
                {d.name} · {DOCUMENT_TYPE_LABELS[d.type]} · supprimé le {formatDate(d.deletedAt)}, restaurable jusqu&apos;au {formatDate(d.restorableUntil)}{" "}
                {!readOnly && d.canManage ? (
                  <button type="button" className="btn btn--small btn--secondary" disabled={pending} onClick={() => run(restoreDocumentAction, d.id)} aria-label={`Restaurer ${d.name}`}>Restaurer</button>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
