"use server";

// Server actions of the documents card: signed-in actor → schema → domain command →
// ActionResult in French. Uploads go through POST /api/documents (progress, 15 MB bodies).
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { deleteDocument, renameDocument, restoreDocument } from "@/lib/domain/documents/commands";
import { ZDocumentId, ZDocumentRename } from "@/lib/domain/documents/schemas";
import type { ActionResult } from "@/lib/domain/errors";

function refreshed<T>(result: ActionResult<T>) {
  if (result.ok) revalidatePath("/usagers", "layout");
  return result;
}

export async function renameDocumentAction(input: unknown) {
  return refreshed(await runAction(ZDocumentRename, input, renameDocument));
}

export async function deleteDocumentAction(input: unknown) {
  return refreshed(await runAction(ZDocumentId, input, (actor, data) => deleteDocument(actor, data)));
}

export async function restoreDocumentAction(input: unknown) {
  return refreshed(await runAction(ZDocumentId, input, (actor, data) => restoreDocument(actor, data)));
}
