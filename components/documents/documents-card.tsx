// The pièces jointes card, the same on a dossier, an accompagnement, an aid or an orientation:
// the list (preview, download, rename, delete, restore) and the upload form.
import type { Actor } from "@/lib/auth/actor";
import { listDocuments, type DocumentTarget } from "@/lib/domain/documents/queries";
import { DocumentsList } from "./documents-list";
import { UploadForm } from "./upload-form";

const TITLES = { dossier: "Pièces jointes du dossier", accompagnement: "Pièces jointes de l'accompagnement", aide: "Pièces jointes de la demande d'aide", orientation: "Pièces jointes de l'orientation" };

export async function DocumentsCard({ actor, target, readOnly = false }: { actor: Actor; target: DocumentTarget; readOnly?: boolean }) {
  const docs = await listDocuments(actor, target);
  if (!docs) return null;
  const where = target.accompagnementId ? "accompagnement" : target.aideId ? "aide" : target.orientationId ? "orientation" : "dossier";
  const params: Record<string, string> = Object.fromEntries(Object.entries(target).filter((e): e is [string, string] => Boolean(e[1])));
  const locked = readOnly || docs.archived;
  return (
    <section className="card" aria-labelledby={`documents-${where}`}>
      <h2 id={`documents-${where}`}>{TITLES[where]}</h2>
      <DocumentsList active={docs.active} deleted={docs.deleted} readOnly={locked} />
      {locked ? null : <UploadForm target={params} />}
    </section>
  );
}
