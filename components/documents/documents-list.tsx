"use client";

// The documents of a card: preview (images and PDF, in a new tab), download, rename, delete;
// deleted ones stay listed, restorable, for 30 days.
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { DOCUMENT_TYPE_LABELS, formatBytes } from "@/lib/domain/documents/labels";
import type { DocumentRow } from "@/lib/domain/documents/queries";
import { ZDocumentRename } from "@/lib/domain/documents/schemas";
import { formatDate } from "@/lib/format";
import { deleteDocumentAction, renameDocumentAction, restoreDocumentAction } from "@/lib/actions/documents";
import { ActionButton } from "@/components/forms/action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";

/**
 * "Renommer" opens the form in a <details>, which needs no JavaScript; once the page runs, only
 * the opened one holds a form (one "Nouveau nom" field on the card), and it closes once saved.
 */
function Rename({ doc }: { doc: DocumentRow }) {
  // Until toggled, open when the server answered a refusal (a page rendered after a post without JavaScript).
  const [toggled, setOpen] = useState<boolean | null>(null);
  const f = useActionForm({
    schema: ZDocumentRename,
    action: renameDocumentAction,
    defaultValues: { id: doc.id, name: doc.name, updatedAt: doc.updatedAt },
    onSuccess: () => setOpen(false),
  });
  const name = f.field("name");
  const open = toggled ?? f.state?.ok === false;
  return (
    <details className="documents-rename" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary role="button" className="btn btn--small btn--secondary" aria-label={`Renommer ${doc.name}`}>Renommer</summary>
      {open || !f.interactive ? (
        <ActionForm handle={f} className="">
          <input type="hidden" name="id" value={doc.id} />
          <input type="hidden" name="updatedAt" value={doc.updatedAt} />
          <TextField label="Nouveau nom" maxLength={150} autoFocus={f.interactive} {...name} />
          <SubmitButton handle={f} className="btn btn--small">Enregistrer le nom</SubmitButton>
        </ActionForm>
      ) : null}
    </details>
  );
}

export function DocumentsList({ active, deleted, readOnly }: { active: DocumentRow[]; deleted: DocumentRow[]; readOnly: boolean }) {
  return (
    <>
      {active.length === 0 ? <p>Aucune pièce jointe.</p> : (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">Pièces jointes, la plus récente d&apos;abord</caption>
            <thead><tr><th scope="col">Nom</th><th scope="col">Type</th><th scope="col">Taille</th><th scope="col">Ajouté le</th><th scope="col">Actions</th></tr></thead>
            <tbody>
              {active.map((d) => (
                <tr key={d.id}>
                  <td>
                    <span>{d.name}</span>
                    {d.confidential ? <> <Badge tone="warning">Confidentiel</Badge></> : null}
                  </td>
                  <td>{DOCUMENT_TYPE_LABELS[d.type]}</td>
                  <td className="num">{formatBytes(d.size)}</td>
                  <td>{formatDate(d.createdAt)}{d.uploadedBy ? <span className="muted"> par {d.uploadedBy}</span> : null}</td>
                  <td>
                    <div className="actions">
                      {d.preview ? <a className="btn btn--small btn--secondary" href={`/api/documents/${d.id}?apercu=1`} target="_blank" rel="noopener" aria-label={`Aperçu de ${d.name}`}>Aperçu</a> : null}
                      <a className="btn btn--small btn--secondary" href={`/api/documents/${d.id}`} download aria-label={`Télécharger ${d.name}`}>Télécharger</a>
                      {!readOnly && d.canManage ? (
                        <>
                          {/* Keyed by name: a renamed document gets a fresh form. */}
                          <Rename key={`${d.id}-${d.updatedAt}`} doc={d} />
                          <ActionButton action={deleteDocumentAction} fields={{ id: d.id }} className="btn btn--small btn--danger">
                            Supprimer<span className="sr-only"> {d.name}</span>
                          </ActionButton>
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
                  <ActionButton action={restoreDocumentAction} fields={{ id: d.id }} className="btn btn--small btn--secondary">
                    Restaurer<span className="sr-only"> {d.name}</span>
                  </ActionButton>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
