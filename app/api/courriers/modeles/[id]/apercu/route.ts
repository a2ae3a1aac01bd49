// GET /api/courriers/modeles/:id/apercu?element=…&format=docx|pdf — a template of the structure
// filled with one record's data, to check it before use: generated on each request, never
// stored (the read of the dossier is audited). The PDF needs LibreOffice on the server.
import { DOCX_MIME } from "@/lib/domain/courriers/labels";
import { previewTemplate } from "@/lib/domain/courriers/template-queries";
import { PDF, downloadRoute } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export const GET = downloadRoute<{ id: string }>(async ({ actor, params, search }) => {
  const format = search.get("format") === "pdf" ? "pdf" : "docx";
  const preview = await previewTemplate(actor, params.id, search.get("element") ?? "", { pdf: format === "pdf" });
  if (!preview?.ok) return null;
  const name = `apercu-modele-${preview.numeroDossier}`;
  if (format === "pdf") return preview.pdf && { body: preview.pdf, filename: `${name}.pdf`, contentType: PDF };
  return { body: preview.docx, filename: `${name}.docx`, contentType: DOCX_MIME };
});
