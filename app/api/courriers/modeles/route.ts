// POST /api/courriers/modeles — a template of the structure (a new one, or the next version of
// one: `modeleId`), from the form of /parametres/courriers (multipart: file, nom, description,
// source). RESPONSABLE only. Answers JSON to the page's script, a 303 to a form sent without it.
import { canManageCourrierModeles } from "@/lib/auth/permissions";
import { formatBytes } from "@/lib/domain/documents/labels";
import { MAX_TEMPLATE_BYTES } from "@/lib/domain/courriers/labels";
import { ZTemplateUpload } from "@/lib/domain/courriers/schemas";
import { uploadTemplate } from "@/lib/domain/courriers/template-commands";
import { formUploadRoute } from "../form-upload";

export const dynamic = "force-dynamic";

const isId = (v: string | undefined) => Boolean(v && /^[0-9a-f-]{36}$/i.test(v));

export const POST = formUploadRoute({
  allowed: canManageCourrierModeles,
  schema: ZTemplateUpload,
  maxFileBytes: MAX_TEMPLATE_BYTES,
  tooLarge: `Le modèle dépasse ${formatBytes(MAX_TEMPLATE_BYTES)} : retirez les images trop lourdes ou compressez-les (Fichier › Compresser les images), puis déposez-le de nouveau.`,
  formPage: (fields) => (isId(fields.modeleId) ? `/parametres/courriers/${fields.modeleId}` : "/parametres/courriers/nouveau"),
  run: ({ actor, data, file }) => uploadTemplate(actor, data, file),
  nextPage: (r) => `/parametres/courriers/${r.modeleId}?version=${r.numero}`,
});
