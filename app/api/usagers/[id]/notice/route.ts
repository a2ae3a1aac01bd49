// GET /api/usagers/:id/notice — the information notice (PDF) about the processing of the
// person's data, for the TS and RESPONSABLE of the structure. Anyone else gets a 404.
import { getInformationNotice } from "@/lib/domain/rgpd/notice";
import { PDF, downloadRoute } from "@/lib/security/download-route";

export const dynamic = "force-dynamic";

export const GET = downloadRoute<{ id: string }>(async ({ actor, params }) => {
  const notice = await getInformationNotice(actor, params.id);
  return notice && { body: notice.pdf, filename: notice.filename, contentType: PDF };
});
