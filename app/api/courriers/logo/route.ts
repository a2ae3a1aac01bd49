// POST /api/courriers/logo — the logo of the letterhead (multipart: file), PNG or JPEG, 1 MB at
// most, checked by its content. RESPONSABLE only. JSON to the page's script, a 303 otherwise.
import { canEditLetterhead } from "@/lib/auth/permissions";
import { formatBytes } from "@/lib/domain/documents/labels";
import { MAX_LOGO_BYTES } from "@/lib/domain/courriers/labels";
import { saveLogo } from "@/lib/domain/courriers/letterhead-commands";
import { ZNoInput } from "@/lib/domain/courriers/schemas";
import { formUploadRoute } from "../form-upload";

export const dynamic = "force-dynamic";

export const POST = formUploadRoute({
  allowed: canEditLetterhead,
  schema: ZNoInput,
  maxFileBytes: MAX_LOGO_BYTES,
  tooLarge: `Le logo dépasse ${formatBytes(MAX_LOGO_BYTES)} : enregistrez-le en PNG ou en JPEG plus petit.`,
  formPage: () => "/parametres/courriers",
  run: ({ actor, file }) => saveLogo(actor, file),
  nextPage: () => "/parametres/courriers?logo=1",
});
