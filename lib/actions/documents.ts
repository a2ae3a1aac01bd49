"use server";

// Server actions of the documents card: signed-in actor → schema → domain command →
// ActionResult in French. Uploads go through POST /api/documents (progress, 15 MB bodies).
import { runAction, type Revalidate } from "@/lib/actions/run-action";
import { deleteDocument, renameDocument, restoreDocument } from "@/lib/domain/documents/commands";
import { ZDocumentId, ZDocumentRename } from "@/lib/domain/documents/schemas";

// The card sits on the dossier and on its accompagnements, aids and orientations.
const revalidate: Revalidate[] = [["/usagers", "layout"]];

export async function renameDocumentAction(input: unknown, form?: unknown) {
  return runAction(ZDocumentRename, form ?? input, renameDocument, { revalidate });
}

export async function deleteDocumentAction(input: unknown, form?: unknown) {
  return runAction(ZDocumentId, form ?? input, (actor, data) => deleteDocument(actor, data), { revalidate });
}

export async function restoreDocumentAction(input: unknown, form?: unknown) {
  return runAction(ZDocumentId, form ?? input, (actor, data) => restoreDocument(actor, data), { revalidate });
}
