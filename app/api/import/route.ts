// POST /api/import — the spreadsheet to import (multipart: file), from the form of
// /parametres/import. RESPONSABLE and ADMIN; anyone else: 404. The file is read, its rows stored
// for the mapping and the preview, and the file itself dropped. Answers JSON to the page's script,
// a 303 to a form sent without it (decision 0047).
import { z } from "zod";
import { canImportDossiers } from "@/lib/auth/permissions";
import { createImportFromFile, IMPORT_KIND } from "@/lib/domain/import/commands";
import { PARTENAIRE_KIND } from "@/lib/domain/import/partenaire-fields";
import { IMPORT_MESSAGES, MAX_IMPORT_BYTES } from "@/lib/domain/import/limits";
import { formUploadRoute } from "../courriers/form-upload";

export const dynamic = "force-dynamic";

export const POST = formUploadRoute({
  allowed: canImportDossiers,
  // "partenaires": the annuaire's list (its own upload form); anything else is refused on the field.
  schema: z.object({ kind: z.enum([IMPORT_KIND, PARTENAIRE_KIND], { error: "Type d'import inconnu." }).default(IMPORT_KIND) }),
  maxFileBytes: MAX_IMPORT_BYTES,
  tooLarge: IMPORT_MESSAGES.tooLarge,
  formPage: () => "/parametres/import",
  run: ({ actor, data, file }) => createImportFromFile(actor, file, data.kind),
  nextPage: (r) => `/parametres/import/${r.jobId}`,
});
