// What comes with an upload (besides the bytes) and the rename, delete and restore forms, with
// French messages. The same schemas check the client form and the server.
import { z } from "zod";
import { DOCUMENT_TYPES } from "./labels";
import { checkFileName } from "./file-name";

const optionalId = (message: string) =>
  z.union([z.literal(""), z.null(), z.uuid({ error: message })], { error: message }).optional().transform((v) => v || null);

/** A checkbox sent as a boolean by the client form, or as "true"/"on" in a query string. */
const flag = z.union([z.boolean(), z.enum(["true", "false", "on", ""])], { error: "Valeur invalide." })
  .optional().transform((v) => v === true || v === "true" || v === "on");

export const ZDocumentUpload = z.object({
  usagerId: z.uuid({ error: "Dossier inconnu." }),
  type: z.enum(DOCUMENT_TYPES, { error: "Choisissez le type de document." }),
  confidential: flag,
  accompagnementId: optionalId("Accompagnement inconnu."),
  aideId: optionalId("Aide inconnue."),
  orientationId: optionalId("Orientation inconnue."),
});
export type DocumentUploadInput = z.input<typeof ZDocumentUpload>;
export type DocumentUpload = z.output<typeof ZDocumentUpload>;

export const ZDocumentRename = z.object({
  id: z.uuid({ error: "Document inconnu." }),
  name: z.string({ error: "Nom : texte attendu." }).trim().superRefine((v, ctx) => {
    const error = checkFileName(v);
    if (error) ctx.addIssue({ code: "custom", message: error });
  }),
  updatedAt: z.iso.datetime({ error: "Version inconnue : rechargez la page." }),
});
export type DocumentRenameInput = z.input<typeof ZDocumentRename>;
export type DocumentRename = z.output<typeof ZDocumentRename>;

export const ZDocumentId = z.object({ id: z.uuid({ error: "Document inconnu." }) });
export type DocumentId = z.output<typeof ZDocumentId>;

/** Documents of the dossier chosen to go with an orientation. */
export const ZDocumentIds = z.array(z.uuid({ error: "Document inconnu." }), { error: "Documents : liste attendue." })
  .max(30, "30 documents au plus.").optional().transform((v) => [...new Set(v ?? [])]);
