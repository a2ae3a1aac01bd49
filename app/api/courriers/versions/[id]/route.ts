// GET /api/courriers/versions/:id — one version of a template of the structure, as uploaded (to
// edit it again in Word or LibreOffice). RESPONSABLE only; anyone else gets the same 404.
import { DOCX_MIME } from "@/lib/domain/courriers/labels";
import { openTemplateVersion } from "@/lib/domain/courriers/template-queries";
import { asciiFileName } from "@/lib/domain/documents/http";
import { downloadRoute } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export const GET = downloadRoute<{ id: string }>(async ({ actor, params }) => {
  const version = await openTemplateVersion(actor, params.id);
  return version && { body: version.bytes, filename: asciiFileName(version.name), contentType: DOCX_MIME };
});
